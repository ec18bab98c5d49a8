import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { agencyPlans } from '../plans/schema.ts';
import { type EvaluationCriteria, evaluateCouncil } from './council-effectiveness.ts';
import { councilMeetings, publicCouncilEvaluations, publicCouncils } from './schema.ts';

const DEMO = {
  ky: '(демо, синтетикалык)',
  ru: '(демо, синтетические данные)',
  en: '(demo, synthetic)',
};

/**
 * Invented Council meetings: two a year, except 2023 with one, so that the register shows a year
 * in which the Plan's requirement was not met.
 */
const MEETING_DATES = [
  '2021-03-18',
  '2021-10-07',
  '2022-04-14',
  '2022-11-24',
  '2023-06-22',
  '2024-03-28',
  '2024-12-12',
  '2025-05-15',
  '2025-11-20',
];

const AGENDAS = [
  {
    ky: 'Мамлекеттик органдардын антикоррупциялык пландарынын аткарылышы',
    ru: 'Исполнение антикоррупционных планов государственных органов',
    en: 'Execution of the anti-corruption plans of state bodies',
  },
  {
    ky: 'Мамлекеттик сатып алуулардагы коррупциялык тобокелдиктер',
    ru: 'Коррупционные риски в государственных закупках',
    en: 'Corruption risks in public procurement',
  },
  {
    ky: 'Кызыкчылыктардын кагылышын жөнгө салуу',
    ru: 'Урегулирование конфликта интересов',
    en: 'Managing conflicts of interest',
  },
];

const label = (t: { ky: string; ru: string; en: string }) => ({
  ky: `${t.ky} ${DEMO.ky}`,
  ru: `${t.ru} ${DEMO.ru}`,
  en: `${t.en} ${DEMO.en}`,
});

/** Deterministic facts for a council and year: the same demo every time. */
function demoCriteria(agencyIndex: number, year: number): EvaluationCriteria {
  const k = (agencyIndex * 7 + year * 3) % 11;
  const issued = 4 + (k % 6);
  return {
    meetingsHeld: 1 + (k % 5),
    recommendationsIssued: issued,
    recommendationsAccepted: Math.min(issued, Math.floor((issued * (k + 3)) / 13)),
    draftActsReviewed: k % 4,
    appealsConsidered: (k * 3) % 14,
    annualReportPublished: k % 3 !== 0,
  };
}

/**
 * Synthetic registers for the demo: Council meetings and the public councils of the demo
 * agencies (those with synthetic plans) with yearly evaluations. Stored once; a database that
 * has synthetic meetings is left alone.
 */
export async function seedRegistersDemo(db: Db): Promise<string[]> {
  const [existing] = await db
    .select({ id: councilMeetings.id })
    .from(councilMeetings)
    .where(eq(councilMeetings.synthetic, true))
    .limit(1);
  if (existing) return [];
  const demoAgencies = await db
    .selectDistinct({ id: agencies.id, code: agencies.code })
    .from(agencies)
    .innerJoin(agencyPlans, eq(agencyPlans.agencyId, agencies.id))
    .where(eq(agencyPlans.synthetic, true))
    .orderBy(agencies.code);
  const withCouncils = demoAgencies.slice(0, 10);
  let evaluations = 0;
  await db.transaction(async (tx) => {
    await tx.insert(councilMeetings).values(
      MEETING_DATES.map((heldOn, k) => ({
        heldOn,
        agenda: label(AGENDAS[k % AGENDAS.length]!),
        decisions: label({
          ky: 'Сунуштар кабыл алынды, аткаруу мөөнөттөрү белгиленди',
          ru: 'Приняты рекомендации, установлены сроки исполнения',
          en: 'Recommendations adopted, deadlines for their execution set',
        }),
        synthetic: true,
      })),
    );
    if (withCouncils.length === 0) return;
    const councils = await tx
      .insert(publicCouncils)
      .values(
        withCouncils.map((a, k) => ({
          agencyId: a.id,
          establishedOn: `${2014 + (k % 6)}-0${1 + (k % 9)}-15`,
          membersCount: 7 + ((k * 5) % 9),
          synthetic: true,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: publicCouncils.id, agencyId: publicCouncils.agencyId });
    const rows = councils.flatMap((c) => {
      const index = withCouncils.findIndex((a) => a.id === c.agencyId);
      return [2022, 2023, 2024].map((year) => {
        const criteria = demoCriteria(index, year);
        const result = evaluateCouncil(criteria);
        return {
          councilId: c.id,
          year,
          criteria,
          score: result.score,
          rating: result.rating,
          findings: label({
            ky: 'Кеңештин ишинин жыйынтыктары методика боюнча бааланды',
            ru: 'Результаты работы совета оценены по методике',
            en: "The council's work was evaluated by the methodology",
          }),
          synthetic: true,
        };
      });
    });
    if (rows.length > 0) await tx.insert(publicCouncilEvaluations).values(rows);
    evaluations = rows.length;
  });
  return [
    `registers demo: ${MEETING_DATES.length} Council meetings, ${withCouncils.length} public councils, ${evaluations} evaluations`,
  ];
}

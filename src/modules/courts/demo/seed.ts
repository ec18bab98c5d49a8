import { desc, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { seededRandom } from '../../../platform/demo-random.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { allocateIn } from '../cases/allocate.ts';
import { recordRecusal } from '../cases/reallocate.ts';
import { registerCaseIn } from '../cases/register.ts';
import { CASE_CATEGORIES, DEFAULT_RULES } from '../config/categories.ts';
import { addAbsenceIn, addJudgeIn, changeJudgeIn } from '../config/judges.ts';
import {
  createChamberIn,
  createCourtIn,
  logCategories,
  publishRulesIn,
} from '../config/publish.ts';
import { commitSeed, revealSeeds, signHeads } from '../days/close.ts';
import { addDays, bishkekDay, dayStart } from '../engine/days.ts';
import type { Day } from '../engine/types.ts';
import { currentAllocationKey } from '../keys/signing-key.ts';
import { withAllocationLog } from '../log/writer.ts';
import { courtCases } from '../schema.ts';
import { DEMO_CLAIMS, DEMO_COURTS, demoName } from './courts.ts';

const HISTORY_DAYS = 40;
const MINUTE = 60_000;

/**
 * Synthetic history of allocation in three real courts with synthetic judges and cases,
 * produced by the real services day by day (seeds committed ahead, revealed after the day,
 * heads signed), so the demo log verifies like a real one. It includes the patterns the
 * alerts look for: a burst of absences in a chamber, the same claim filed three times, a
 * judge who leaves, a recusal.
 */
export async function seedCourtsDemo(db: Db): Promise<string[]> {
  const rnd = seededRandom(1717);
  const key = currentAllocationKey();
  const now = new Date();
  const today = bishkekDay(now);
  const first = addDays(today, -HISTORY_DAYS);
  const at = (day: Day, minutes: number) => new Date(dayStart(day).getTime() + minutes * MINUTE);
  const actor = SYSTEM_ACTOR;

  const agencyIds = new Map(
    (await db.select({ id: agencies.id, code: agencies.code }).from(agencies)).map((a) => [
      a.code,
      a.id,
    ]),
  );
  type Built = {
    id: string;
    code: string;
    instance: string;
    judges: Array<{ id: string; specialisation: string }>;
  };
  const judgeNames = new Set<string>();
  const built: Built[] = await withAllocationLog(db, async (log) => {
    const t = at(first, 9 * 60);
    await logCategories(log, t);
    await publishRulesIn(log, DEFAULT_RULES, actor, t);
    const out: Built[] = [];
    for (const def of DEMO_COURTS) {
      const court = await createCourtIn(
        log,
        {
          code: def.code,
          name: def.name,
          instance: def.instance,
          agencyId: def.agencyCode ? (agencyIds.get(def.agencyCode) ?? null) : null,
        },
        actor,
        t,
      );
      const judges: Built['judges'] = [];
      for (const ch of def.chambers) {
        const chamber = await createChamberIn(
          log,
          court.id,
          { name: ch.name, specialisation: ch.specialisation },
          actor,
          t,
        );
        for (let i = 0; i < ch.judges; i++) {
          const judge = await addJudgeIn(
            log,
            court.id,
            {
              name: demoName(rnd.pick, judgeNames),
              chamber: chamber.id,
              // Civil judges also hear economic disputes in the demo district court.
              specialisations:
                ch.specialisation === 'civil' && i < 2
                  ? ['civil', 'economic']
                  : [ch.specialisation],
              loadPercent: i === 0 ? 50 : 100, // the chamber's chair carries half a load
              synthetic: true,
            },
            actor,
            t,
          );
          judges.push({ id: judge.id, specialisation: ch.specialisation });
        }
      }
      out.push({ id: court.id, code: def.code, instance: def.instance, judges });
    }
    for (let ahead = 1; ahead <= 2; ahead++) commitSeed(log, key, addDays(first, ahead), t);
    return out;
  });
  const [district, city, supreme] = built as [Built, Built, Built];

  const party = () => ({ role: 'claimant' as const, name: demoName(rnd.pick) });
  const repeated = {
    category: 'civil',
    claim: 'Карызды өндүрүү: 2 400 000 сом',
    parties: [
      { role: 'claimant' as const, name: 'Жумабеков Нурлан' },
      { role: 'defendant' as const, name: '«Ала-Тоо Курулуш» ЖЧК' },
    ],
  };
  const decided: Array<{ number: string; court: string; day: Day }> = [];
  let cases = 0;

  for (let d = 1; d <= HISTORY_DAYS; d++) {
    const day = addDays(first, d);
    const isToday = day === today;
    await withAllocationLog(db, async (log) => {
      let minute = 5;
      const next = (step: number) => {
        minute += step;
        return at(day, minute);
      };
      // The day's turn: the seed two days ahead committed, yesterday's revealed.
      const turn = next(0);
      commitSeed(log, key, addDays(day, 2), turn);
      revealSeeds(log, key, day, turn);
      minute = 9 * 60;
      const register = async (courtBuilt: Built, input: Parameters<typeof registerCaseIn>[3]) => {
        const when = next(rnd.int(10, 45));
        if (when >= now) return null;
        cases++;
        const result = await registerCaseIn(
          log,
          key,
          { id: courtBuilt.id, code: courtBuilt.code },
          { ...input, synthetic: true },
          actor,
          when,
        );
        return result;
      };

      // Scripted patterns.
      if (d === 12) {
        // A criminal judge of the district court leaves office (from tomorrow)...
        const leaving = district.judges.filter((j) => j.specialisation === 'criminal')[1]!;
        await changeJudgeIn(log, leaving.id, { status: 'left' }, actor, next(5));
      }
      if (d === 13) {
        // ...and their cases are re-allocated on that ground.
        const leaving = district.judges.filter((j) => j.specialisation === 'criminal')[1]!;
        for (const c of log.ledger.cases.values())
          if (c.judge === leaving.id) await allocateIn(log, key, c.id, 'judge_left', next(3));
      }
      if (d === 23) {
        // A burst of absences published the day before cases arrive shrinks the criminal chamber.
        const criminal = district.judges.filter((j) => j.specialisation === 'criminal');
        for (const j of [criminal[0]!, criminal[2]!, criminal[3]!])
          await addAbsenceIn(
            log,
            j.id,
            { kind: 'sickness', from: addDays(day, 1), to: addDays(day, 4) },
            actor,
            next(5),
          );
      }
      if (d === 8) {
        const civil = district.judges.find((j) => j.specialisation === 'civil')!;
        await addAbsenceIn(
          log,
          civil.id,
          { kind: 'leave', from: addDays(day, 2), to: addDays(day, 15) },
          actor,
          next(5),
        );
      }

      const perDay = isToday ? 2 : rnd.int(8, 13);
      for (let i = 0; i < perDay; i++) {
        const category = rnd.pick(
          CASE_CATEGORIES.filter((c) => c.code !== 'economic' || rnd.chance(0.3)),
        );
        const r = await register(district, {
          category: category.code,
          claim: rnd.pick(DEMO_CLAIMS[category.code] ?? ['—']),
          parties: [
            party(),
            {
              role: category.specialisation === 'criminal' ? 'accused' : 'defendant',
              name: demoName(rnd.pick),
            },
          ],
        });
        if (r?.outcome.kind === 'allocation' && category.code !== 'economic')
          decided.push({ number: r.case.number, court: 'district', day });
      }
      if (d >= 25 && d <= 27) await register(district, repeated);

      // Appeals of decided cases a week or more later, and now and then a cassation.
      for (const old of decided.filter((c) => c.day === addDays(day, -7))) {
        if (!rnd.chance(0.35)) continue;
        const source = old.court === 'district' ? city : supreme;
        const row = [...log.ledger.cases.values()].find((c) => c.number === old.number);
        if (!row) continue;
        const r = await register(source, {
          category: row.category,
          claim: `Апелляциялык даттануу: ${old.number}`,
          parties: [party()],
          earlierCaseNumber: old.number,
        });
        if (r?.outcome.kind === 'allocation' && old.court === 'district')
          decided.push({ number: r.case.number, court: 'city', day });
      }
    });
  }

  // A recusal declared on one of today's or yesterday's cases: re-allocated on that ground.
  const [recent] = await db
    .select()
    .from(courtCases)
    .where(eq(courtCases.courtId, district.id))
    .orderBy(desc(courtCases.filedAt))
    .limit(1);
  if (recent?.judgeId)
    await recordRecusal(
      db,
      recent.id,
      { judge: recent.judgeId, note: 'Демо: судья тараптардын бири менен тууган (синтетикалык)' },
      actor,
      key,
    );

  await signHeads(db, key, today);
  return [
    `courts: ${built.length} courts, ${built.reduce((n, c) => n + c.judges.length, 0)} synthetic judges, ${cases} synthetic cases over ${HISTORY_DAYS} days`,
  ];
}

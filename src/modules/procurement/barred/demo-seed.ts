import type { Db } from '../../../platform/db/client.ts';
import { barredEntities } from '../schema.ts';
import { RESTRICTIONS, type Restriction } from './restrictions.ts';

/** The INN of the demo company that the demo procurement data awards a tender to while barred. */
export const DEMO_BARRED_SUPPLIER_INN = '02203201910150';

const ALL: Restriction[] = [...RESTRICTIONS];

type DemoBar = typeof barredEntities.$inferInsert;

/**
 * Invented entries, clearly named as synthetic, with well-formed but made-up INNs (0, the
 * registration date, five digits): four in force for years, one lifted, one run out.
 */
const DEMO_BARS: DemoBar[] = [
  {
    name: '«Демо Курулуш» ЖЧК (синтетикалык)',
    identifier: DEMO_BARRED_SUPPLIER_INN,
    court: 'Бишкек шаарынын Биринчи май райондук соту',
    decisionNumber: 'УД-0112/24 (демо)',
    decisionDate: '2024-01-10',
    ground:
      'Мамлекеттик сатып алуу комиссиясынын мүчөсүнө юридикалык жактын кызыкчылыгында пара берүү (Кыргыз Республикасынын Жазык кодекси). Синтетикалык мисал.',
    restrictions: ['procurement', 'tenders', 'auctions'],
    barredFrom: '2024-01-15',
    barredUntil: '2029-01-14',
  },
  {
    name: '«Демо Жол Сервис» ЖЧК (синтетикалык)',
    identifier: '01506201610027',
    court: 'Ош шаардык соту',
    decisionNumber: 'УД-0387/25 (демо)',
    decisionDate: '2025-05-20',
    ground:
      'Жол курулушуна бөлүнгөн бюджет каражаттарын ашыкча баа коюу аркылуу уурдоо, юридикалык жактын атынан. Синтетикалык мисал.',
    restrictions: ['procurement', 'state_loans', 'subsidies'],
    barredFrom: '2025-06-01',
    barredUntil: null,
  },
  {
    name: '«Демо Агро Азык» ААК (синтетикалык)',
    identifier: '02811201810045',
    court: 'Чүй облустук соту',
    decisionNumber: 'УД-0051/26 (демо)',
    decisionDate: '2026-03-05',
    ground:
      'Мамлекеттик субсидия алуу үчүн жалган документтерди берүү, юридикалык жактын кызыкчылыгында. Синтетикалык мисал.',
    restrictions: ['subsidies', 'tax_benefits'],
    barredFrom: '2026-03-16',
    barredUntil: '2029-03-15',
  },
  {
    name: '«Демо Медтехника» ЖЧК (синтетикалык)',
    identifier: '01002201510061',
    court: 'Бишкек шаардык соту',
    decisionNumber: 'УД-0920/24 (демо)',
    decisionDate: '2024-11-12',
    ground:
      'Медициналык жабдууларды сатып алууда тендердин жыйынтыгын алдын ала макулдашуу жана кызмат адамына пара берүү. Синтетикалык мисал.',
    restrictions: ALL,
    barredFrom: '2024-12-01',
    barredUntil: '2031-11-30',
  },
  {
    name: '«Демо Энерго Импорт» ЖЧК (синтетикалык)',
    identifier: '00707201210013',
    court: 'Бишкек шаарынын Свердлов райондук соту',
    decisionNumber: 'УД-0233/23 (демо)',
    decisionDate: '2023-04-18',
    ground:
      'Мамлекеттик насыя алуу үчүн кызмат адамына пара берүү, юридикалык жактын атынан. Синтетикалык мисал.',
    restrictions: ['state_loans', 'procurement'],
    barredFrom: '2023-05-01',
    barredUntil: '2028-04-30',
    liftedAt: new Date('2025-08-22T05:00:00Z'),
    liftedReason:
      'Кыргыз Республикасынын Жогорку сотунун токтому менен биринчи инстанциянын өкүмү жокко чыгарылып, иш кыскартылды. Синтетикалык мисал.',
  },
  {
    name: '«Демо Окуу Китеп» ЖЧК (синтетикалык)',
    identifier: '02504201310038',
    court: 'Жалал-Абад облустук соту',
    decisionNumber: 'УД-0145/21 (демо)',
    decisionDate: '2021-06-10',
    ground:
      'Окуу китептерин сатып алууда баа сунуштарын келишип коюу жана тендер комиссиясына пара берүү. Синтетикалык мисал.',
    restrictions: ['procurement', 'tenders'],
    barredFrom: '2021-07-01',
    barredUntil: '2024-06-30',
  },
];

/** Demo entries of the register; an entry already there (same INN, court, number) is skipped. */
export async function seedBarredDemo(db: Db): Promise<string[]> {
  const added = await db
    .insert(barredEntities)
    .values(
      DEMO_BARS.map((bar) => {
        // Recorded on the day of the decision (10:00 in Bishkek), so the history reads in order.
        const recorded = new Date(`${bar.decisionDate}T04:00:00Z`);
        return {
          ...bar,
          country: 'KG',
          synthetic: true,
          createdAt: recorded,
          updatedAt: bar.liftedAt ?? recorded,
        };
      }),
    )
    .onConflictDoNothing()
    .returning({ id: barredEntities.id });
  return added.length > 0
    ? [`barred entities demo: ${added.length} synthetic entries (one lifted, one expired)`]
    : [];
}

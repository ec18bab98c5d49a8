import { seededRandom } from '../../platform/demo-random.ts';
import type { ExecutionStatus, ReportState } from './reporting/engine.ts';

/**
 * The synthetic demo of plan monitoring: plans, measures and reports for 2021-2024, generated
 * from a fixed seed so every demo shows the same data. Pure: it returns rows; demo-seed.ts stores
 * them. Everything here is invented and marked synthetic.
 */
export interface DemoAgency {
  id: string;
  code: string;
}

/** A manual indicator of a Plan activity, as the demo needs it to invent plausible values. */
export interface DemoIndicator {
  code: string;
  unit: 'percent' | 'count' | 'yes_no' | 'rank' | 'som' | 'days';
  target: number | null;
}

export interface DemoPlan {
  key: string;
  agencyId: string;
  title: { ky: string; ru: string; en: string };
  measures: DemoMeasure[];
}

export interface DemoMeasure {
  key: string;
  activityCode: string;
  title: { ky: string; ru: string; en: string };
  deadline: string;
  plannedBudgetTyiyn: bigint;
  /** Spent so far: set once the deadline year is reported on (Plan item 20). */
  executedBudgetTyiyn: bigint | null;
  reports: DemoReport[];
}

export interface DemoReport {
  year: number;
  state: ReportState;
  executionStatus: ExecutionStatus;
  narrative: { ky: string; ru: string };
  indicatorValues: { indicatorCode: string; value: number; unit: DemoIndicator['unit'] }[];
  reviewComment: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
}

/** The same seed gives the same demo. */
const random = (seed: number) => seededRandom(seed).next;

const NARRATIVES: Record<ExecutionStatus, { ky: string; ru: string }> = {
  done: {
    ky: 'Иш-чара толук аткарылды; тиешелүү буйрук кабыл алынып, жыйынтыктары сайтта жарыяланды (демо).',
    ru: 'Мероприятие выполнено полностью; принят соответствующий приказ, результаты опубликованы на сайте (демо).',
  },
  in_progress: {
    ky: 'Иш-чара аткарылууда: долбоор даярдалып, макулдашууга жөнөтүлдү (демо).',
    ru: 'Мероприятие выполняется: проект подготовлен и направлен на согласование (демо).',
  },
  not_started: {
    ky: 'Иш-чара каржылоонун жоктугунан башталган жок (демо).',
    ru: 'Мероприятие не начато из-за отсутствия финансирования (демо).',
  },
  overdue: {
    ky: 'Мөөнөтү өтүп кетти; себептери талданууда (демо).',
    ru: 'Срок истёк; причины анализируются (демо).',
  },
  cancelled: {
    ky: 'Иш-чара пландан чыгарылды: функция башка органга өткөрүлдү (демо).',
    ru: 'Мероприятие исключено из плана: функция передана другому органу (демо).',
  },
};

const MEASURE_TITLES = [
  {
    ky: 'Коррупциялык тобокелдиктерди баалоо жана картасын жаңыртуу (демо)',
    ru: 'Оценка коррупционных рисков и обновление их карты (демо)',
    en: 'Assess corruption risks and update the risk map (demo)',
  },
  {
    ky: 'Кызматкерлерди кызыкчылыктардын кагылышуусу боюнча окутуу (демо)',
    ru: 'Обучение сотрудников по конфликту интересов (демо)',
    en: 'Train staff on conflicts of interest (demo)',
  },
  {
    ky: 'Кызмат көрсөтүүлөрдү санариптештирүү жана ачык маалыматтарды жарыялоо (демо)',
    ru: 'Цифровизация услуг и публикация открытых данных (демо)',
    en: 'Digitise services and publish open data (demo)',
  },
  {
    ky: 'Мамлекеттик сатып алууларды ички текшерүү (демо)',
    ru: 'Внутренняя проверка государственных закупок (демо)',
    en: 'Internal review of public procurement (demo)',
  },
  {
    ky: 'Жарандардын кайрылууларын кароонун мөөнөттөрүн кыскартуу (демо)',
    ru: 'Сокращение сроков рассмотрения обращений граждан (демо)',
    en: 'Shorten the handling time of citizens’ appeals (demo)',
  },
];

export const DEMO_YEARS = [2021, 2022, 2023, 2024] as const;

/** When a year's report goes in and is reviewed: early in the following year. */
const day = (year: number, month: number, dayOfMonth: number) =>
  new Date(Date.UTC(year, month - 1, dayOfMonth, 6));

/** Invented values around the target; ranks and money are not reported by single measures. */
function demoValue(indicator: DemoIndicator, done: boolean, rnd: () => number): number | null {
  const target = indicator.target;
  switch (indicator.unit) {
    case 'yes_no':
      return done ? 1 : 0;
    case 'percent':
      return Math.min(100, Math.round((target ?? 100) * (0.55 + 0.5 * rnd())));
    case 'count':
      return Math.round((target ?? 5) * (0.5 + rnd()));
    case 'days':
      return Math.max(1, Math.round((target ?? 1) * (0.8 + 1.5 * rnd())));
    default:
      return null;
  }
}

export function buildDemoPlans(
  agencies: readonly DemoAgency[],
  activityCodes: readonly string[],
  seed = 20210101,
  indicatorsOf: ReadonlyMap<string, readonly DemoIndicator[]> = new Map(),
): DemoPlan[] {
  const rnd = random(seed);
  // A second stream for values added later, so the plans and reports stay as they were.
  const more = random(seed + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return agencies.map((agency, a) => {
    const measures: DemoMeasure[] = [];
    const count = 3 + Math.floor(rnd() * 3);
    for (let k = 0; k < count; k++) {
      const deadlineYear = DEMO_YEARS[Math.floor(rnd() * DEMO_YEARS.length)]!;
      // Agencies differ in diligence, so the rating has something to tell.
      const diligence = 0.35 + (0.6 * ((a * 37) % 11)) / 10;
      const reports: DemoReport[] = [];
      let finished = false;
      for (const year of DEMO_YEARS) {
        if (year > deadlineYear + 1 || finished) break;
        const r = rnd();
        const executionStatus: ExecutionStatus =
          year >= deadlineYear
            ? r < diligence
              ? 'done'
              : r < diligence + 0.15
                ? 'in_progress'
                : r < 0.97
                  ? 'overdue'
                  : 'cancelled'
            : r < 0.15
              ? 'not_started'
              : 'in_progress';
        const s = rnd();
        // Old years are settled; the last one still has work in the pipeline.
        const state: ReportState =
          year < 2024
            ? s < 0.85
              ? 'published'
              : 'verified'
            : s < 0.5
              ? 'published'
              : s < 0.7
                ? 'verified'
                : s < 0.85
                  ? 'submitted'
                  : s < 0.93
                    ? 'returned'
                    : 'draft';
        const late = rnd() > diligence;
        const submittedAt =
          state === 'draft' ? null : day(year + 1, late ? 3 : 1, 10 + Math.floor(rnd() * 15));
        const reviewedAt = ['verified', 'published', 'returned'].includes(state)
          ? day(year + 1, late ? 4 : 2, 5)
          : null;
        reports.push({
          year,
          state,
          executionStatus,
          narrative: NARRATIVES[executionStatus],
          indicatorValues: [],
          reviewComment:
            state === 'returned'
              ? 'Далилдерди тиркеңиз (демо) / Приложите подтверждающие документы (демо)'
              : null,
          submittedAt,
          reviewedAt,
          publishedAt: state === 'published' ? day(year + 1, late ? 4 : 2, 20) : null,
        });
        finished = executionStatus === 'done' || executionStatus === 'cancelled';
      }
      // Drawn in this order since the first demo, so the demo stays the same.
      const activityCode = pick(activityCodes);
      const title = pick(MEASURE_TITLES);
      const plannedBudgetTyiyn = BigInt(50_000 + Math.floor(rnd() * 2_000_000)) * 100n;
      for (const report of reports) {
        if (report.state !== 'verified' && report.state !== 'published') continue;
        report.indicatorValues = (indicatorsOf.get(activityCode) ?? []).flatMap((indicator) => {
          const value = demoValue(indicator, report.executionStatus === 'done', more);
          return value === null
            ? []
            : [{ indicatorCode: indicator.code, value, unit: indicator.unit }];
        });
      }
      const reportedDeadlineYear = reports.some((r) => r.year >= deadlineYear);
      measures.push({
        key: `${agency.code}-${k + 1}`,
        activityCode,
        title,
        deadline: `${deadlineYear}-12-31`,
        plannedBudgetTyiyn,
        // Diligent agencies spend close to plan; others leave money unspent.
        executedBudgetTyiyn: reportedDeadlineYear
          ? (plannedBudgetTyiyn *
              BigInt(Math.round(1000 * Math.min(1, 0.6 + 0.4 * diligence + 0.05 * more())))) /
            1000n
          : null,
        reports,
      });
    }
    return {
      key: agency.code,
      agencyId: agency.id,
      title: {
        ky: 'Ведомстволук антикоррупциялык план 2021–2024 (демо, синтетикалык)',
        ru: 'Ведомственный антикоррупционный план на 2021–2024 годы (демо, синтетический)',
        en: 'Departmental anti-corruption plan 2021-2024 (demo, synthetic)',
      },
      measures,
    };
  });
}

import type { PlatformModule } from '../../platform/module.ts';
import { alternativeReportsDataset } from './alternative/datasets.ts';
import { seedAlternativeDemo } from './alternative/demo-seed.ts';
import { alternativeRoutes } from './alternative/routes.ts';
import { planActivitiesDataset, planIndicatorsDataset } from './datasets.ts';
import { seedStrategyDemo } from './demo-seed.ts';
import { strategyComputedIndicators } from './indicators/computed.ts';
import { indicatorValuesDataset } from './indicators/datasets.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { ATTENTION_SCAN_JOB, scanForAttention } from './plans/attention.ts';
import { agencyRatingDataset, measuresDataset, publishedReportsDataset } from './plans/datasets.ts';
import { planRoutes } from './plans/routes.ts';
import {
  budgetExecutionDataset,
  councilMeetingsDataset,
  publicCouncilEvaluationsDataset,
  reportingTimelinessDataset,
} from './registers/datasets.ts';
import { seedRegistersDemo } from './registers/demo-seed.ts';
import { registerRoutes } from './registers/routes.ts';
import { strategyRoutes } from './routes.ts';
import { seedStrategy } from './seed.ts';

/** Strategy and plan monitoring (mission capability 1). So far: the Strategy and its Plan as data;
 * agency plans, measures, reporting periods and the unified report flow. */
export const strategyModule: PlatformModule = {
  name: 'strategy',
  routes: async (app) => {
    await strategyRoutes(app);
    await planRoutes(app);
    await alternativeRoutes(app);
    await indicatorRoutes(app);
    await registerRoutes(app);
  },
  indicators: strategyComputedIndicators,
  jobs: { [ATTENTION_SCAN_JOB]: (_payload, { db }) => scanForAttention(db) },
  schedules: [{ kind: ATTENTION_SCAN_JOB, everyMs: 6 * 3600_000 }],
  datasets: [
    planActivitiesDataset,
    planIndicatorsDataset,
    alternativeReportsDataset,
    measuresDataset,
    publishedReportsDataset,
    agencyRatingDataset,
    indicatorValuesDataset,
    councilMeetingsDataset,
    publicCouncilEvaluationsDataset,
    reportingTimelinessDataset,
    budgetExecutionDataset,
  ],
  seed: async (db, { demo }) => [
    ...(await seedStrategy(db)),
    ...(demo ? await seedStrategyDemo(db) : []),
    // Separately idempotent, so a database seeded before the organisations existed gets them too.
    ...(demo ? await seedAlternativeDemo(db) : []),
    ...(demo ? await seedRegistersDemo(db) : []),
  ],
};

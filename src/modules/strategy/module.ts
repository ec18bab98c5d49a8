import type { PlatformModule } from '../../platform/module.ts';
import { alternativeReportsDataset } from './alternative/datasets.ts';
import { alternativeRoutes } from './alternative/routes.ts';
import { planActivitiesDataset, planIndicatorsDataset } from './datasets.ts';
import { seedStrategyDemo } from './demo-seed.ts';
import { ATTENTION_SCAN_JOB, scanForAttention } from './plans/attention.ts';
import { planRoutes } from './plans/routes.ts';
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
  },
  jobs: { [ATTENTION_SCAN_JOB]: (_payload, { db }) => scanForAttention(db) },
  schedules: [{ kind: ATTENTION_SCAN_JOB, everyMs: 6 * 3600_000 }],
  datasets: [planActivitiesDataset, planIndicatorsDataset, alternativeReportsDataset],
  seed: async (db, { demo }) => [
    ...(await seedStrategy(db)),
    ...(demo ? await seedStrategyDemo(db) : []),
  ],
};

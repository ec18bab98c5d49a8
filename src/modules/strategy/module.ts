import type { PlatformModule } from '../../platform/module.ts';
import { planActivitiesDataset, planIndicatorsDataset } from './datasets.ts';
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
  },
  datasets: [planActivitiesDataset, planIndicatorsDataset],
  seed: (db) => seedStrategy(db),
};

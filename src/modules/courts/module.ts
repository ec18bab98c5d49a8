import type { PlatformModule } from '../../platform/module.ts';
import { closeDays } from './days/close.ts';
import { autoAllocatedShare } from './indicators/auto-allocated.ts';
import { allocationDatasets } from './publication/datasets.ts';
import { publicCourtRoutes } from './routes/public.ts';
import { workCourtRoutes } from './routes/work.ts';
import { seedCourts } from './seed.ts';

export const CLOSE_DAYS_JOB = 'courts.close-days';

/**
 * Automated court case allocation (mission capability 6; Plan item 17): published criteria,
 * commit-reveal randomness, a hash-chained log with signed daily heads, public verification.
 */
export const courtsModule: PlatformModule = {
  name: 'courts',
  routes: async (app) => {
    await publicCourtRoutes(app);
    await workCourtRoutes(app);
  },
  datasets: allocationDatasets,
  jobs: { [CLOSE_DAYS_JOB]: (_payload, { db }) => closeDays(db) },
  // Hourly, so that a day is closed, its seed revealed and its head signed soon after midnight.
  schedules: [{ kind: CLOSE_DAYS_JOB, everyMs: 3600_000 }],
  indicators: { 'courts.auto-allocated-share': autoAllocatedShare },
  seed: seedCourts,
};

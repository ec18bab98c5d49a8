import type { PlatformModule } from '../../platform/module.ts';
import { protectionLawApplied } from './indicators/law-applied.ts';
import { resealForNewPassword } from './keys/handler-keys.ts';
import { reportStatisticsDataset } from './publication/datasets.ts';
import { REPORTING_HOUSEKEEPING_JOB, reportingHousekeeping } from './retention/destroy.ts';
import { reportingOversightRoutes } from './routes/custodian.ts';
import { reportingKeyRoutes } from './routes/keys.ts';
import { reportingPublicRoutes } from './routes/public.ts';
import { reportingReporterRoutes } from './routes/reporter.ts';
import { reportingWorkRoutes } from './routes/work.ts';
import { seedReporting } from './seed.ts';

/**
 * Whistleblower reports and protection (mission capability 7; Plan item 12; Strategy 2.1):
 * anonymous encrypted intake with a receipt, handling by the competent body, identity disclosure
 * through a custodian, protection requests with the prosecutor's deadline, rewards.
 */
export const reportingModule: PlatformModule = {
  name: 'reporting',
  routes: async (app) => {
    await reportingPublicRoutes(app);
    await reportingReporterRoutes(app);
    await reportingKeyRoutes(app);
    await reportingWorkRoutes(app);
    await reportingOversightRoutes(app);
  },
  datasets: [reportStatisticsDataset],
  jobs: { [REPORTING_HOUSEKEEPING_JOB]: (_payload, { db }) => reportingHousekeeping(db) },
  schedules: [{ kind: REPORTING_HOUSEKEEPING_JOB, everyMs: 3600_000 }],
  indicators: { 'reporting.protection-law-applied': protectionLawApplied },
  seed: seedReporting,
  passwordChanged: resealForNewPassword,
};

import type { PlatformModule } from '../../platform/module.ts';
import { resolvedShare } from './cases/resolved-share.ts';
import { seedIntegrityDemo } from './demo-seed.ts';
import { DETECT_ALL_JOB, FOLLOW_JOB, followJob, fullPass } from './findings/follow.ts';
import { integrityDatasets } from './publication/datasets.ts';
import { caseRoutes } from './routes/cases.ts';
import { findingRoutes } from './routes/findings.ts';
import { graphRoutes } from './routes/graph.ts';
import { interestRoutes } from './routes/interests.ts';
import { matchRoutes } from './routes/matches.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { stateOrganisationRoutes } from './routes/register.ts';
import { seedIntegrity } from './seed.ts';

/**
 * Conflicts of interest and the relations graph (mission capability 3; Plan item 5; Strategy
 * section 2.6): people, organisations and their relations from declarations, registries and
 * notifications; entity resolution; the detection of potential conflicts with the path that
 * explains each; cases, notifications and measures; the public register of state organisations.
 */
export const integrityModule: PlatformModule = {
  name: 'integrity',
  routes: async (app) => {
    await graphRoutes(app);
    await findingRoutes(app);
    await caseRoutes(app);
    await notificationRoutes(app);
    await interestRoutes(app);
    await stateOrganisationRoutes(app);
    await matchRoutes(app);
  },
  datasets: integrityDatasets,
  indicators: { 'conflicts.resolved-share': resolvedShare },
  jobs: {
    [FOLLOW_JOB]: (_payload, { db }) => followJob(db),
    [DETECT_ALL_JOB]: (_payload, { db }) => fullPass(db),
  },
  schedules: [
    { kind: FOLLOW_JOB, everyMs: 2 * 60_000 },
    { kind: DETECT_ALL_JOB, everyMs: 24 * 3600_000 },
  ],
  seed: async (db, { demo }) => [
    ...(await seedIntegrity(db)),
    ...(demo ? await seedIntegrityDemo(db) : []),
  ],
};

import type { PlatformModule } from '../../platform/module.ts';
import { seedDeclarationsDemo } from './demo-seed.ts';
import { checkedShare, filedShare } from './filing/status.ts';
import { declarationDatasets } from './publication/datasets.ts';
import { nightlyRecheck, RECHECK_JOB } from './review/nightly.ts';
import { filingRoutes } from './routes/filing.ts';
import { publicRoutes } from './routes/public.ts';
import { registerRoutes } from './routes/register.ts';
import { reviewRoutes } from './routes/review.ts';
import { seedDeclarations } from './seed.ts';

/**
 * Asset declarations and lifestyle checks (mission capability 2; Plan item 4; Strategy sections
 * 3 and 7): filing with registry pre-fill, automated checks and risk score, the full-check
 * workflow with referral to the prosecutor, and publication of the declarations the law publishes.
 */
export const declarationsModule: PlatformModule = {
  name: 'declarations',
  routes: async (app) => {
    await filingRoutes(app);
    await reviewRoutes(app);
    await registerRoutes(app);
    await publicRoutes(app);
  },
  indicators: {
    'declarations.filed-share': filedShare,
    'declarations.checked-share': checkedShare,
  },
  jobs: { [RECHECK_JOB]: (_payload, { db }) => nightlyRecheck(db) },
  schedules: [{ kind: RECHECK_JOB, everyMs: 24 * 3600_000 }],
  datasets: declarationDatasets,
  seed: async (db, { demo }) => [
    ...(await seedDeclarations(db)),
    ...(demo ? await seedDeclarationsDemo(db) : []),
  ],
};

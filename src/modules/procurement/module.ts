import type { PlatformModule } from '../../platform/module.ts';
import { analyseAll } from './analysis/run.ts';
import { seedBarredDemo } from './barred/demo-seed.ts';
import { seedProcurementDemo } from './demo/seed.ts';
import { ANALYSE_JOB, IMPORT_JOB, runImportJob } from './import/job.ts';
import { barredEntitiesDataset } from './publication/barred-dataset.ts';
import {
  procurementFlagsDataset,
  procurementPlansDataset,
  procurementTendersDataset,
} from './publication/datasets.ts';
import { barredRoutes } from './routes/barred.ts';
import { importRoutes } from './routes/imports.ts';
import { planRoutes } from './routes/plans.ts';
import { tenderRoutes } from './routes/tenders.ts';

/**
 * Procurement integrity (mission capability 4; Plan items 6 and 16): OCDS import, the Cardinal
 * indicators, the Kyrgyz red flags and the Corruption Risk Index over every tender, buyer and
 * supplier; the register of barred entities; annual procurement plans; civic monitoring.
 */
export const procurementModule: PlatformModule = {
  name: 'procurement',
  routes: async (app) => {
    await barredRoutes(app);
    await importRoutes(app);
    await tenderRoutes(app);
    await planRoutes(app);
  },
  datasets: [
    barredEntitiesDataset,
    procurementTendersDataset,
    procurementFlagsDataset,
    procurementPlansDataset,
  ],
  jobs: {
    [IMPORT_JOB]: (payload, { db }) => runImportJob(db, payload),
    [ANALYSE_JOB]: (_payload, { db }) => analyseAll(db, new Date()),
  },
  // Nightly: the barred register and the look-back windows change with the date alone.
  schedules: [{ kind: ANALYSE_JOB, everyMs: 24 * 3600_000 }],
  // The barred register first: the demo processes award a tender to a barred company.
  seed: async (db, { demo }) =>
    demo ? [...(await seedBarredDemo(db)), ...(await seedProcurementDemo(db))] : [],
};

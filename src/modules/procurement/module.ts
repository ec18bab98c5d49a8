import type { PlatformModule } from '../../platform/module.ts';
import { seedBarredDemo } from './barred/demo-seed.ts';
import { IMPORT_JOB, runImportJob } from './import/job.ts';
import { barredEntitiesDataset } from './publication/barred-dataset.ts';
import { barredRoutes } from './routes/barred.ts';
import { importRoutes } from './routes/imports.ts';
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
  },
  datasets: [barredEntitiesDataset],
  jobs: {
    [IMPORT_JOB]: (payload, { db }) => runImportJob(db, payload),
  },
  seed: async (db, { demo }) => (demo ? await seedBarredDemo(db) : []),
};

import { auditRoutes, VERIFY_AUDIT_JOB } from './audit/routes.ts';
import { verifyAuditChain } from './audit/service.ts';
import { accountRoutes } from './auth/routes.ts';
import { seedDemoAccounts } from './auth/seed.ts';
import { healthRoutes } from './http/health.ts';
import { jobRoutes } from './jobs/routes.ts';
import type { PlatformModule } from './module.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { agenciesDataset } from './reference/dataset.ts';
import { agencyRoutes } from './reference/routes.ts';
import { seedAgencies } from './reference/seed.ts';

/** The platform's own parts, plugged in the same way as the capability modules. */
export const platformModules: readonly PlatformModule[] = [
  { name: 'health', routes: healthRoutes },
  // Agencies come before accounts: demo accounts belong to agencies.
  { name: 'reference', routes: agencyRoutes, datasets: [agenciesDataset], seed: seedAgencies },
  { name: 'accounts', routes: accountRoutes, seed: seedDemoAccounts },
  {
    name: 'audit',
    routes: auditRoutes,
    jobs: { [VERIFY_AUDIT_JOB]: (_payload, { db }) => verifyAuditChain(db) },
  },
  { name: 'jobs', routes: jobRoutes },
  { name: 'notifications', routes: notificationRoutes },
];

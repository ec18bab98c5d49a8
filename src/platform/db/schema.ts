// Every table of the platform and its modules, in one place for drizzle-kit and the typed client.

export * from '../../modules/courts/schema.ts';
export * from '../../modules/declarations/schema.ts';
export * from '../../modules/integrity/schema.ts';
export * from '../../modules/procurement/schema.ts';
export * from '../../modules/reporting/schema.ts';

export * from '../../modules/strategy/alternative/schema.ts';
export * from '../../modules/strategy/indicators/schema.ts';
export * from '../../modules/strategy/plans/schema.ts';
export * from '../../modules/strategy/registers/schema.ts';
export * from '../../modules/strategy/schema.ts';
export * from '../audit/schema.ts';
export * from '../auth/schema.ts';
export * from '../jobs/schema.ts';
export * from '../notifications/schema.ts';
export * from '../reference/schema.ts';

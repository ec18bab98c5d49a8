import type { PlatformModule } from '../platform/module.ts';
import { courtsModule } from './courts/module.ts';
import { declarationsModule } from './declarations/module.ts';
import { integrityModule } from './integrity/module.ts';
import { procurementModule } from './procurement/module.ts';
import { reportingModule } from './reporting/module.ts';
import { strategyModule } from './strategy/module.ts';

/** The capability modules (docs/mission.md), each added here as it lands. */
export const capabilityModules: readonly PlatformModule[] = [
  strategyModule,
  declarationsModule,
  integrityModule,
  procurementModule,
  courtsModule,
  reportingModule,
];

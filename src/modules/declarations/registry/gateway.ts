import type { Db } from '../../../platform/db/client.ts';
import { LocalRegistryGateway } from './local.ts';
import type { RegistryGateway } from './records.ts';
import { TundukGateway, tundukConfigFromEnv } from './tunduk.ts';

/**
 * Tunduk when AKNIET_TUNDUK_URL is set, otherwise the embedded local registry. Throws at start
 * when Tunduk is only partly configured, rather than quietly using synthetic data.
 */
export function registryGatewayFromEnv(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
): RegistryGateway {
  const config = tundukConfigFromEnv(env);
  return config ? new TundukGateway(config) : new LocalRegistryGateway(db);
}

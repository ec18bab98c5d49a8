import type { Db } from '../../../platform/db/client.ts';
import { LocalRegistryGateway } from './local.ts';
import type { RegistryGateway } from './records.ts';
import { TundukGateway, tundukConfigFromEnv } from './tunduk.ts';

let tunduk: TundukGateway | null | undefined;

/**
 * The process's registry gateway: Tunduk when AKNIET_TUNDUK_URL is set (read once, one
 * connection pool for the process), otherwise the local registry in this database.
 */
export function registryGateway(db: Db): RegistryGateway {
  if (tunduk === undefined) {
    const config = tundukConfigFromEnv(process.env);
    tunduk = config ? new TundukGateway(config) : null;
  }
  return tunduk ?? new LocalRegistryGateway(db);
}

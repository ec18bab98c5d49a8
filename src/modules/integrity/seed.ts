import type { Db } from '../../platform/db/client.ts';
import { syncAgencies } from './graph/entities.ts';

/** Reference data: every state body of the platform is an organisation of the graph and the register. */
export async function seedIntegrity(db: Db): Promise<string[]> {
  const added = await syncAgencies(db);
  return added > 0
    ? [`conflicts: ${added} state bodies in the register of state organisations`]
    : [];
}

import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db/client.ts';
import { openTarget } from '../../bench/declarations/target.ts';
const d = await openTarget(process.argv[2]!);
console.log(await queryRows(d.db, sql.raw(process.argv[3]!)));
await d.close();

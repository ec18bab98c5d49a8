import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../platform/audit/service.ts';
import type { Db } from '../../platform/db/client.ts';
import { DEFAULT_RULES } from './config/categories.ts';
import { addJudgeIn } from './config/judges.ts';
import { createChamberIn, createCourtIn, logCategories, publishRulesIn } from './config/publish.ts';
import { closeDays } from './days/close.ts';
import { withAllocationLog } from './log/writer.ts';

/**
 * A first-instance court with a civil and a criminal chamber, set up `daysAgo` days before now (changes take
 * effect the next day, so a court set up today could allocate nothing until tomorrow).
 */
export async function setUpTestCourt(db: Db, opts: { daysAgo?: number; judges?: number } = {}) {
  const at = new Date(Date.now() - (opts.daysAgo ?? 3) * 86_400_000);
  // The platform seeded the categories and rules just now; start the log over as if the court
  // had been installed `daysAgo` days ago (a fresh test database has nothing else in it).
  await db.execute(sql`ALTER TABLE allocation_log DISABLE TRIGGER allocation_log_no_truncate`);
  await db.execute(sql`ALTER TABLE allocation_heads DISABLE TRIGGER allocation_heads_no_truncate`);
  await db.execute(sql`TRUNCATE allocation_log, allocation_rules, allocation_heads`);
  await db.execute(sql`ALTER TABLE allocation_log ENABLE TRIGGER allocation_log_no_truncate`);
  await db.execute(sql`ALTER TABLE allocation_heads ENABLE TRIGGER allocation_heads_no_truncate`);
  const made = await withAllocationLog(db, async (log) => {
    await logCategories(log, at);
    await publishRulesIn(log, DEFAULT_RULES, SYSTEM_ACTOR, at);
    const court = await createCourtIn(
      log,
      {
        code: 'test',
        name: { ky: 'Сыноо соту', ru: 'Тестовый суд', en: 'Test court' },
        instance: 'first',
      },
      SYSTEM_ACTOR,
      at,
    );
    const civil = await createChamberIn(
      log,
      court.id,
      { name: { ky: 'Жарандык', ru: 'Гражданская', en: 'Civil' }, specialisation: 'civil' },
      SYSTEM_ACTOR,
      at,
    );
    const criminal = await createChamberIn(
      log,
      court.id,
      { name: { ky: 'Кылмыш', ru: 'Уголовная', en: 'Criminal' }, specialisation: 'criminal' },
      SYSTEM_ACTOR,
      at,
    );
    const judges = [];
    for (let i = 0; i < (opts.judges ?? 6); i++) {
      const criminalJudge = i % 3 === 2;
      judges.push(
        await addJudgeIn(
          log,
          court.id,
          {
            name: `Judge ${i + 1}`,
            pin: `2010119800${String(1000 + i)}`,
            chamber: criminalJudge ? criminal.id : civil.id,
            specialisations: criminalJudge ? ['criminal'] : ['civil'],
            loadPercent: i === 0 ? 50 : 100,
            synthetic: true,
          },
          SYSTEM_ACTOR,
          at,
        ),
      );
    }
    return { court, chambers: { civil, criminal }, judges };
  });
  // The scheduler's daily turns since then: seeds committed ahead, revealed, heads signed.
  for (let d = opts.daysAgo ?? 3; d >= 0; d--)
    await closeDays(db, new Date(Date.now() - d * 86_400_000));
  return made;
}

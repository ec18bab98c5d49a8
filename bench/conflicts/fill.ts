// Child process of the conflicts benchmark: migrates a fresh database and fills the relations
// graph in SQL (INSERT ... SELECT generate_series: nothing travels from Node), then plants known
// conflicts. Prints one JSON line. Usage: fill.ts <officials> <target>
//
// The random part is built to hold no conflict, so the planted ones are the whole truth:
// - official i works at organisation (i-1) mod T, open-ended from 2010-2020; officials 1..T head;
//   every other official is a direct subordinate of their head;
// - each official has a spouse, a child and a parent; every 50th official's parent works in the
//   organisation before their child's (never one the child heads or deals with);
// - each company has a home organisation; its roles are held by officials of that organisation
//   (directorships ended before their posts began) and their spouses and children;
// - a company's contracts come from the `reach` organisations after its home, never its home or
//   the one before, and are decided (when at all) by officials of the contracting organisation.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db/client.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { type Columns, insertRows } from '../declarations/rows.ts';
import { plantsFor } from './plants.ts';
import { KIND, scaleFor, uid } from './scale.ts';
import { openTarget } from './target.ts';

const [officialsArg, location] = [Number(process.argv[2]), process.argv[3]!];
const s = scaleFor(officialsArg);
const started = performance.now();
const database = await openTarget(location);
const { db } = database;
await migrate(database);

const T = s.organisations;
/** Officials per organisation: the serial of an official of organisation `org` is org + 1 + T*m. */
const PER = s.officials / T;
const run = (statement: string) => db.execute(sql.raw(statement));
const RELATION = `INSERT INTO relations (id, key, kind, degree, share_percent, role, head,
  from_person_id, to_person_id, to_organisation_id, valid_from, valid_until, source, source_ref, synthetic)`;

await db.transaction(async (tx) => {
  const statements = [
    `INSERT INTO persons (id, full_name, birth_date, synthetic)
     SELECT ${uid(KIND.official, 'i')}, 'Official ' || i, date '1960-01-01' + (i % 9000), true
       FROM generate_series(1, ${s.officials}) i`,
    `INSERT INTO persons (id, full_name, synthetic)
     SELECT ${uid(KIND.relative, 'r')}, 'Relative ' || r, true FROM generate_series(1, ${s.relatives}) r`,
    `INSERT INTO legal_entities (id, kind, name, synthetic)
     SELECT ${uid(KIND.organisation, 't')},
            CASE WHEN t < ${s.stateBodies} THEN 'state_body' ELSE 'state_organisation' END,
            'State organisation ' || t, true
       FROM generate_series(0, ${T - 1}) t`,
    `INSERT INTO legal_entities (id, kind, name, synthetic)
     SELECT ${uid(KIND.company, 'c')}, 'company', 'Company ' || c, true
       FROM generate_series(1, ${s.companies}) c`,
    `${RELATION}
     SELECT ${uid(KIND.employment, 'i')}, 'bench:employment:' || i, 'employment', NULL, NULL, 'post', i <= ${T},
            ${uid(KIND.official, 'i')}, NULL, ${uid(KIND.organisation, `(i - 1) % ${T}`)},
            date '2010-01-01' + (i * 37) % 3650, NULL, 'appointment', 'bench', true
       FROM generate_series(1, ${s.officials}) i`,
    `${RELATION}
     SELECT ${uid(KIND.family, 'r')}, 'bench:family:' || r, 'family',
            CASE r % 3 WHEN 1 THEN 'spouse' WHEN 2 THEN 'child' ELSE 'parent' END, NULL, NULL, false,
            ${uid(KIND.official, '(r + 2) / 3')}, ${uid(KIND.relative, 'r')}, NULL, NULL, NULL,
            'declaration', 'bench', true
       FROM generate_series(1, ${s.relatives}) r`,
    `${RELATION}
     SELECT ${uid(KIND.parentEmployment, 'i')}, 'bench:parent-employment:' || i, 'employment', NULL, NULL,
            'clerk', false, ${uid(KIND.relative, '3 * i')}, NULL,
            ${uid(KIND.organisation, `((i - 1) % ${T} + ${T - 1}) % ${T}`)}, date '2012-01-01', NULL,
            'appointment', 'bench', true
       FROM generate_series(50, ${s.officials}, 50) i`,
    `${RELATION}
     SELECT ${uid(KIND.subordination, 'i')}, 'bench:subordination:' || i, 'subordination', NULL, NULL, NULL,
            false, ${uid(KIND.official, 'i')}, ${uid(KIND.official, `1 + (i - 1) % ${T}`)}, NULL,
            date '2015-01-01', NULL, 'appointment', 'bench', true
       FROM generate_series(${T + 1}, ${s.officials}) i`,
    // Role j: company c, held through official i of c's home organisation, by i (every tenth,
    // directorships ended in 2009), i's spouse (half) or i's child.
    `${RELATION}
     SELECT ${uid(KIND.role, 'j')}, 'bench:role:' || j, kind, NULL,
            CASE WHEN kind = 'director' THEN NULL ELSE 10 + j % 90 END, NULL, false,
            CASE WHEN j % 10 = 0 THEN ${uid(KIND.official, 'i')}
                 WHEN j % 10 <= 5 THEN ${uid(KIND.relative, '3 * i - 2')}
                 ELSE ${uid(KIND.relative, '3 * i - 1')} END,
            NULL, ${uid(KIND.company, 'c')},
            CASE WHEN j % 10 = 0 AND kind = 'director' THEN date '2000-01-01'
                 ELSE date '2005-01-01' + (j % 12) * 365 END,
            CASE WHEN j % 10 = 0 AND kind = 'director' THEN date '2009-12-31' END,
            'registry', 'bench', true
       FROM (SELECT j, c, 1 + (c - 1) % ${T} + ${T} * ((j * 7 + c) % ${PER}) AS i,
                    (ARRAY['director', 'founder', 'owner'])[1 + (CASE WHEN j % 10 = 0 THEN j / 10 ELSE j END) % 3] AS kind
               FROM (SELECT j, 1 + (j - 1) % ${s.companies} AS c FROM generate_series(1, ${s.roles}) j) x) y`,
    `INSERT INTO dealings (id, kind, organisation_id, decided_by_person_id, counterparty_organisation_id,
                           title, amount_tyiyn, dealt_on, source, reference, synthetic)
     SELECT ${uid(KIND.contract, 'k')}, 'contract', ${uid(KIND.organisation, 'org')},
            CASE WHEN k % 4 = 0 THEN ${uid(KIND.official, `1 + org + ${T} * (k % ${PER})`)} END,
            ${uid(KIND.company, 'c')}, 'Contract ' || k, 100000000 + k * 1000,
            date '2015-01-01' + (k * 13) % 3650, 'procurement', 'bench-' || k, true
       FROM (SELECT k, c, ((c - 1) % ${T} + 1 + k % ${s.reach}) % ${T} AS org
               FROM (SELECT k, 1 + (k * 7919) % ${s.companies} AS c
                       FROM generate_series(1, ${s.contracts}) k) x) y`,
  ];
  for (const statement of statements) await tx.execute(sql.raw(statement));
});

const plants = plantsFor(s);
const RELATION_COLUMNS: Columns = [
  ['id', 'uuid'],
  ['key', 'text'],
  ['kind', 'text'],
  ['degree', 'text'],
  ['share_percent', 'double precision'],
  ['role', 'text'],
  ['head', 'boolean'],
  ['from_person_id', 'uuid'],
  ['to_person_id', 'uuid'],
  ['to_organisation_id', 'uuid'],
  ['valid_from', 'date'],
  ['source', 'text'],
  ['source_ref', 'text'],
  ['synthetic', 'boolean'],
];
await db.transaction(async (tx) => {
  await insertRows(
    tx,
    'legal_entities',
    [
      ['id', 'uuid'],
      ['kind', 'text'],
      ['name', 'text'],
      ['synthetic', 'boolean'],
    ],
    plants.companies,
  );
  await insertRows(tx, 'relations', RELATION_COLUMNS, plants.relations);
  await insertRows(
    tx,
    'dealings',
    [
      ['id', 'uuid'],
      ['kind', 'text'],
      ['organisation_id', 'uuid'],
      ['decided_by_person_id', 'uuid'],
      ['counterparty_organisation_id', 'uuid'],
      ['title', 'text'],
      ['amount_tyiyn', 'bigint'],
      ['dealt_on', 'date'],
      ['source', 'text'],
      ['reference', 'text'],
      ['synthetic', 'boolean'],
    ],
    plants.dealings,
  );
});
// PGlite has no autovacuum: without statistics the planner would not know the tables' sizes.
await run('ANALYZE');
const [counts] = await queryRows<Record<string, number>>(
  db,
  sql`SELECT (SELECT count(*)::int FROM persons) AS persons,
             (SELECT count(*)::int FROM legal_entities) AS organisations,
             (SELECT count(*)::int FROM relations) AS relations,
             (SELECT count(*)::int FROM relations WHERE kind IN ('director', 'founder', 'owner')) AS roles,
             (SELECT count(*)::int FROM dealings) AS dealings`,
);
await database.close();
process.stdout.write(
  `${JSON.stringify({ ...counts, planted: plants.expected.length, fillSeconds: (performance.now() - started) / 1000 })}\n`,
);

import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { localizedText } from '../i18n/language.ts';
import { AGENCY_KINDS } from './kinds.ts';
import { agencies } from './schema.ts';

const referenceFile = new URL('./agencies.json', import.meta.url);

const referenceSchema = z.object({
  source: z.string(),
  agencies: z.array(
    z.object({
      code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      kind: z.enum(AGENCY_KINDS),
      name: localizedText,
      shortName: localizedText,
      parentCode: z.string().nullable(),
      sources: z.array(z.string()).min(1),
      nameVerified: z.boolean(),
      note: z.string().nullish(),
    }),
  ),
});

/** Invented bodies for the demo, always marked synthetic so nobody takes them for real ones. */
export const DEMO_AGENCIES = [
  {
    code: 'demo-ayil-okmotu',
    kind: 'local_self_government' as const,
    name: {
      ky: 'Демо айыл өкмөтү (синтетикалык)',
      ru: 'Демо айыл окмоту (синтетический)',
      en: 'Demo ayil okmotu (synthetic)',
    },
    shortName: { ky: 'Демо айыл өкмөтү', ru: 'Демо айыл окмоту', en: 'Demo ayil okmotu' },
  },
];

export function readReferenceAgencies() {
  return referenceSchema.parse(JSON.parse(readFileSync(referenceFile, 'utf8')));
}

/** Upserts the real bodies from agencies.json (by code) and, for the demo, the synthetic ones. */
export async function seedAgencies(db: Db, opts: { demo: boolean }): Promise<string[]> {
  const reference = readReferenceAgencies();
  await db.transaction(async (tx) => {
    for (const a of reference.agencies) {
      await tx
        .insert(agencies)
        .values({
          code: a.code,
          kind: a.kind,
          name: a.name,
          shortName: a.shortName,
          synthetic: false,
          source: a.sources.join('; '),
          nameVerified: a.nameVerified,
          note: a.note ?? null,
        })
        .onConflictDoUpdate({
          target: agencies.code,
          set: {
            kind: a.kind,
            name: a.name,
            shortName: a.shortName,
            source: a.sources.join('; '),
            nameVerified: a.nameVerified,
            note: a.note ?? null,
            updatedAt: new Date(),
          },
          // Only rewrite rows that really changed, so updated_at means something.
          setWhere: sql`(${agencies.name}, ${agencies.shortName}, ${agencies.kind}, ${agencies.nameVerified}, ${agencies.note}) IS DISTINCT FROM (${JSON.stringify(a.name)}::jsonb, ${JSON.stringify(a.shortName)}::jsonb, ${a.kind}::text, ${a.nameVerified}::boolean, ${a.note ?? null}::text)`,
        });
    }
    for (const a of reference.agencies.filter((x) => x.parentCode)) {
      await tx.execute(sql`
        UPDATE agencies SET parent_id = (SELECT id FROM agencies WHERE code = ${a.parentCode})
        WHERE code = ${a.code} AND parent_id IS DISTINCT FROM (SELECT id FROM agencies WHERE code = ${a.parentCode})`);
    }
    if (opts.demo) {
      for (const a of DEMO_AGENCIES) {
        await tx
          .insert(agencies)
          .values({ ...a, synthetic: true, source: 'synthetic demo data' })
          .onConflictDoNothing({ target: agencies.code });
      }
    }
  });
  return [
    `agencies: ${reference.agencies.length} reference${opts.demo ? `, ${DEMO_AGENCIES.length} synthetic` : ''}`,
  ];
}

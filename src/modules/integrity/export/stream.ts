import { and, asc, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { dealings, legalEntities, persons, relations } from '../schema.ts';
import { type FtmEntity, ftmDealing, ftmOrganisation, ftmPerson, ftmRelation } from './ftm.ts';

const PAGE = 2000;

/** Reads a table in id order, a page at a time, so the export never holds a table in memory. */
async function* pages<T extends { id: string }>(
  read: (after: string | null, limit: number) => Promise<T[]>,
): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const rows = await read(after, PAGE);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The whole graph as FtM entities: people, organisations, relations, then dealings. */
export async function* ftmEntities(db: Db): AsyncGenerator<FtmEntity> {
  for await (const p of pages((after, limit) =>
    db
      .select({
        id: persons.id,
        fullName: persons.fullName,
        birthDate: persons.birthDate,
        pin: persons.pin,
        synthetic: persons.synthetic,
      })
      .from(persons)
      .where(and(isNull(persons.mergedInto), after ? gt(persons.id, after) : undefined))
      .orderBy(asc(persons.id))
      .limit(limit),
  ))
    yield ftmPerson(p);
  for await (const o of pages((after, limit) =>
    db
      .select({
        id: legalEntities.id,
        kind: legalEntities.kind,
        name: legalEntities.name,
        registrationNumber: legalEntities.registrationNumber,
        synthetic: legalEntities.synthetic,
      })
      .from(legalEntities)
      .where(after ? gt(legalEntities.id, after) : undefined)
      .orderBy(asc(legalEntities.id))
      .limit(limit),
  ))
    yield ftmOrganisation(o);
  for await (const r of pages((after, limit) =>
    db
      .select({
        id: relations.id,
        kind: relations.kind,
        degree: relations.degree,
        sharePercent: relations.sharePercent,
        role: relations.role,
        fromPersonId: relations.fromPersonId,
        fromOrganisationId: relations.fromOrganisationId,
        toPersonId: relations.toPersonId,
        toOrganisationId: relations.toOrganisationId,
        validFrom: relations.validFrom,
        validUntil: relations.validUntil,
        source: relations.source,
        sourceRef: relations.sourceRef,
      })
      .from(relations)
      .where(after ? gt(relations.id, after) : undefined)
      .orderBy(asc(relations.id))
      .limit(limit),
  ))
    yield ftmRelation(r);
  for await (const d of pages((after, limit) =>
    db
      .select({
        id: dealings.id,
        kind: dealings.kind,
        organisationId: dealings.organisationId,
        counterpartyOrganisationId: dealings.counterpartyOrganisationId,
        counterpartyPersonId: dealings.counterpartyPersonId,
        title: dealings.title,
        amountTyiyn: dealings.amountTyiyn,
        dealtOn: dealings.dealtOn,
        source: dealings.source,
        reference: dealings.reference,
      })
      .from(dealings)
      .where(after ? gt(dealings.id, after) : undefined)
      .orderBy(asc(dealings.id))
      .limit(limit),
  ))
    yield* ftmDealing(d);
}

/** JSON lines, one entity per line. */
export async function* ftmLines(db: Db): AsyncGenerator<string> {
  for await (const entity of ftmEntities(db)) yield `${JSON.stringify(entity)}\n`;
}

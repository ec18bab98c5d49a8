/**
 * FollowTheMoney (FtM) entities, the model of Aleph and OpenSanctions: each line of the export is
 * one entity `{id, schema, properties}`, every property a list of strings. Relations are interval
 * entities (Family, Directorship, Ownership, Employment, Associate, UnknownLink) pointing at the
 * ids of their ends, so the export loads into any FtM-compatible tool as a graph.
 */

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const PREFIX = 'akniet';
export const ftmId = (kind: 'person' | 'org' | 'rel' | 'deal' | 'award', id: string) =>
  `${PREFIX}-${kind}-${id}`;

/** Drops empty values: FtM properties are lists of non-empty strings. */
function props(
  values: Record<string, string | number | null | undefined>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    out[key] = [String(value)];
  }
  return out;
}

export interface PersonRow {
  id: string;
  fullName: string;
  birthDate: string | null;
  pin: string | null;
  synthetic: boolean;
}

export function ftmPerson(p: PersonRow): FtmEntity {
  return {
    id: ftmId('person', p.id),
    schema: 'Person',
    properties: props({
      name: p.fullName,
      birthDate: p.birthDate,
      idNumber: p.pin,
      country: 'kg',
      notes: p.synthetic ? 'Synthetic demo data' : null,
    }),
  };
}

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  registrationNumber: string | null;
  synthetic: boolean;
}

export function ftmOrganisation(o: EntityRow): FtmEntity {
  const schema =
    o.kind === 'state_body' ? 'PublicBody' : o.kind === 'company' ? 'Company' : 'Organization';
  return {
    id: ftmId('org', o.id),
    schema,
    properties: props({
      name: o.name,
      registrationNumber: o.registrationNumber,
      jurisdiction: 'kg',
      notes: o.synthetic ? 'Synthetic demo data' : null,
    }),
  };
}

export interface RelationExportRow {
  id: string;
  kind: string;
  degree: string | null;
  sharePercent: number | null;
  role: string | null;
  fromPersonId: string | null;
  fromOrganisationId: string | null;
  toPersonId: string | null;
  toOrganisationId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  source: string;
  sourceRef: string;
}

const endOf = (person: string | null, org: string | null) =>
  person ? ftmId('person', person) : ftmId('org', org!);

/**
 * One relation as the FtM interval schema that fits it. Each schema's entity properties have a
 * range (followthemoney/schema/*.yaml): Family and Associate link two Person entities, Employment
 * a Person to an Organization, Directorship any LegalEntity to an Organization. A relation whose
 * ends do not fit the range becomes an UnknownLink (subject and object: range Thing) instead.
 */
export function ftmRelation(r: RelationExportRow): FtmEntity {
  const from = endOf(r.fromPersonId, r.fromOrganisationId);
  const to = endOf(r.toPersonId, r.toOrganisationId);
  const personToPerson = r.fromPersonId !== null && r.toPersonId !== null;
  const toOrganisation = r.toPersonId === null;
  const common = {
    startDate: r.validFrom,
    endDate: r.validUntil,
    publisher: `Akniet (${r.source})`,
    sourceUrl: null,
    summary: r.sourceRef,
  };
  const id = ftmId('rel', r.id);
  const link = (): FtmEntity => ({
    id,
    schema: 'UnknownLink',
    properties: props({
      subject: from,
      object: to,
      role: r.kind === 'subordination' ? 'subordinate of' : r.kind,
      ...common,
    }),
  });
  switch (r.kind) {
    case 'family':
      // `relationship` is what the relative is to the person (Family.yaml), as our `degree` is
      // what `to` is to `from`.
      if (!personToPerson) return link();
      return {
        id,
        schema: 'Family',
        properties: props({ person: from, relative: to, relationship: r.degree, ...common }),
      };
    case 'director':
      if (!toOrganisation) return link();
      return {
        id,
        schema: 'Directorship',
        properties: props({ director: from, organization: to, role: 'director', ...common }),
      };
    case 'founder':
    case 'owner':
      // Ownership.asset has range Asset. Of our organisations only a Company is one (Company.yaml
      // extends Organization and Asset; Organization.yaml: "cannot be owned by another"). The row
      // does not carry the organisation's kind: founder and owner relations are only made towards
      // companies (ensureCompany in graph/sync.ts), so an organisation end is taken as a Company.
      if (!toOrganisation) return link();
      return {
        id,
        schema: 'Ownership',
        properties: props({
          owner: from,
          asset: to,
          percentage: r.sharePercent,
          role: r.kind,
          ...common,
        }),
      };
    case 'employment':
      if (r.fromPersonId === null || !toOrganisation) return link();
      return {
        id,
        schema: 'Employment',
        properties: props({ employee: from, employer: to, role: r.role, ...common }),
      };
    case 'friendship':
    case 'association':
      if (!personToPerson) return link();
      return {
        id,
        schema: 'Associate',
        properties: props({ person: from, associate: to, relationship: r.kind, ...common }),
      };
    default:
      return link();
  }
}

export interface DealingExportRow {
  id: string;
  kind: string;
  organisationId: string;
  counterpartyOrganisationId: string | null;
  counterpartyPersonId: string | null;
  title: string;
  amountTyiyn: number | null;
  dealtOn: string;
  source: string;
  reference: string;
}

const som = (tyiyn: number | null) => (tyiyn === null ? null : (tyiyn / 100).toFixed(2));

/** A contract becomes Contract + ContractAward; funding a Payment; a decision an UnknownLink. */
export function ftmDealing(d: DealingExportRow): FtmEntity[] {
  const counterparty = endOf(d.counterpartyPersonId, d.counterpartyOrganisationId);
  const authority = ftmId('org', d.organisationId);
  if (d.kind === 'contract') {
    const contract = ftmId('deal', d.id);
    return [
      {
        id: contract,
        schema: 'Contract',
        // `title` is Contract's own, required property in current FtM (Contract.yaml); `name`
        // (Thing, via Asset) is its caption fallback and labels it in older models without `title`.
        properties: props({
          title: d.title,
          name: d.title,
          authority,
          amount: som(d.amountTyiyn),
          currency: 'KGS',
          contractDate: d.dealtOn,
          procedureNumber: d.reference,
        }),
      },
      {
        id: ftmId('award', d.id),
        schema: 'ContractAward',
        properties: props({
          contract,
          supplier: counterparty,
          amount: som(d.amountTyiyn),
          currency: 'KGS',
          date: d.dealtOn,
        }),
      },
    ];
  }
  if (d.kind === 'funding') {
    return [
      {
        id: ftmId('deal', d.id),
        schema: 'Payment',
        properties: props({
          payer: authority,
          beneficiary: counterparty,
          amount: som(d.amountTyiyn),
          currency: 'KGS',
          date: d.dealtOn,
          purpose: d.title,
          sequenceNumber: d.reference,
        }),
      },
    ];
  }
  return [
    {
      id: ftmId('deal', d.id),
      schema: 'UnknownLink',
      properties: props({
        subject: authority,
        object: counterparty,
        role: 'decision',
        summary: `${d.title} (${d.reference})`,
        date: d.dealtOn,
      }),
    },
  ];
}

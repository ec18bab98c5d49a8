import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { parseAmount } from '../../../platform/money.ts';
import { DECLARANT } from '../content.ts';
import type { RegistryCompanyRole } from '../registry/records.ts';
import { change, joinTexts, num, REAL_ESTATE_KIND, som, VEHICLE_KIND, who } from './explain.ts';
import { type Facts, knownOwner } from './facts.ts';
import { correctedAfterPrefill } from './prefill.ts';
import { finding, type Rule } from './rule.ts';
import type { Finding } from './types.ts';

/**
 * Declared property against the state registries (Plan item 4: mismatches between the declared
 * and the actual property of the official and close relatives; automated comparison of data from
 * different agencies). People are matched by PIN: the declarant's and each relative's.
 *
 * - registry.undeclared_real_estate / _vehicle / _company: the registry holds a record of one of
 *   the family that no item of that person declares (companies: founder or owner roles, declared
 *   as a company stake or shares whose issuer id is the company id);
 * - registry.unknown_record: a declared registry id the registry does not know (only for owners
 *   with a PIN, who were looked up, and items in Kyrgyzstan);
 * - registry.mismatch: the declared item differs from its registry record (real estate: kind,
 *   area beyond the tolerance, share; vehicles: make, model, year made; companies: share) or is
 *   declared under another member of the family. A field the declarant corrected after pre-fill is
 *   reported once, as registry.prefill_corrected, not again here.
 */
export const registryChecks: Rule = (f, s, out) => {
  const reg = f.input.registry;
  const c = f.content;
  if (
    reg.realEstate.length === 0 &&
    reg.vehicles.length === 0 &&
    reg.companyRoles.length === 0 &&
    !anyRegistryId(c.realEstate) &&
    !anyRegistryId(c.vehicles)
  ) {
    return;
  }
  const ctx: Ctx = { f, out, claimed: null };
  realEstate(ctx, s.registry.areaToleranceShare);
  vehicles(ctx);
  companies(ctx);
};

function anyRegistryId(items: readonly { registryId?: string | undefined }[]): boolean {
  for (const x of items) if (x.registryId) return true;
  return false;
}

interface Ctx {
  f: Facts;
  out: Finding[];
  /** Registry ids already reported as declared under another member of the family. */
  claimed: Set<string> | null;
}

/** The family member with this PIN; a family is a handful of people, so a scan. */
function ownerOfPin(f: Facts, pin: string): string | undefined {
  if (pin === f.input.declaration.declarantPin) return DECLARANT;
  for (const r of f.content.relatives) if (r.pin && r.pin === pin) return r.id;
  return undefined;
}

/** The PIN of a family member; undefined for a relative without one (abroad). */
function pinOf(f: Facts, owner: string): string | undefined {
  if (owner === DECLARANT) return f.input.declaration.declarantPin;
  for (const r of f.content.relatives) if (r.id === owner) return r.pin || undefined;
  return undefined;
}

function claim(x: Ctx, recordId: string) {
  if (x.claimed === null) x.claimed = new Set();
  x.claimed.add(recordId);
}

const isClaimed = (x: Ctx, recordId: string) => x.claimed?.has(recordId) === true;

const yearEnd = (f: Facts) => `${f.input.declaration.year}-12-31`;

/** In Kyrgyzstan (or country not filled in): the only items the state registries can know. */
const domestic = (country: string) => country === 'KG' || country === '';

function realEstate(x: Ctx, areaTolerance: number) {
  const { f, out } = x;
  const records = f.input.registry.realEstate;
  const items = f.content.realEstate;
  for (const e of items) {
    if (!e.registryId || !knownOwner(f, e.owner) || !domestic(e.country)) continue;
    const pin = pinOf(f, e.owner);
    let any = false;
    let own: (typeof records)[number] | undefined;
    for (const r of records) {
      if (r.recordId !== e.registryId) continue;
      any = true;
      if (r.ownerPin === pin) own = r;
    }
    if (!any) {
      if (pin) out.push(unknownRecord('realEstate', e.id, e.registryId));
      continue;
    }
    if (!own) {
      claim(x, e.registryId);
      // An owner the declarant changed after pre-fill is reported as prefill_corrected.
      if (!correctedAfterPrefill(e, 'owner')) {
        const holders = records
          .filter((r) => r.recordId === e.registryId)
          .map((r) => ({ pin: r.ownerPin, ref: `registry:realEstate:${r.recordId}` }));
        out.push(ownerMismatch(x, 'realEstate', e.id, e.registryId, e.owner, holders));
      }
      continue;
    }
    const parts: LocalizedText[] = [];
    if (e.kind !== own.kind && !correctedAfterPrefill(e, 'kind')) {
      parts.push(change('kind', own.kind, e.kind));
    }
    if (
      Math.abs(e.area - own.area) > areaTolerance * own.area &&
      !correctedAfterPrefill(e, 'area')
    ) {
      parts.push(change('area', own.area, e.area));
    }
    if (
      Math.abs(e.sharePercent - own.sharePercent) > 0.01 &&
      !correctedAfterPrefill(e, 'sharePercent')
    ) {
      parts.push(change('sharePercent', own.sharePercent, e.sharePercent));
    }
    if (parts.length > 0) {
      out.push(
        mismatch('realEstate', e.id, e.registryId, parts, [`registry:realEstate:${own.recordId}`]),
      );
    }
  }
  for (const r of records) {
    // Registered after the declaration year: it was not the family's on 31 December.
    if (r.acquiredOn > yearEnd(x.f)) continue;
    const owner = ownerOfPin(x.f, r.ownerPin);
    if (owner === undefined || isClaimed(x, r.recordId)) continue;
    let declared = false;
    for (const e of items) if (e.registryId === r.recordId && e.owner === owner) declared = true;
    if (declared) continue;
    const price = r.price && r.price.currency === 'KGS' ? parseAmount(r.price.amount) : null;
    const amount = price === null ? null : Number(price);
    const k = REAL_ESTATE_KIND[r.kind] ?? REAL_ESTATE_KIND.other!;
    const p = who(owner, f.content.relatives);
    const a = num(r.area);
    const sh = num(r.sharePercent);
    const pr = amount === null ? null : som(amount);
    out.push(
      finding(
        'registry.undeclared_real_estate',
        'high',
        amount,
        [`registry:realEstate:${r.recordId}`],
        {
          ky: `Кыймылсыз мүлк реестринде ${k.ky} бар (кадастрдык номери ${r.recordId}, ${a.ky} м², үлүшү ${sh.ky} %, ээси: ${p.ky}${pr ? `, баасы ${pr.ky}` : ''}), бирок ал декларацияда көрсөтүлгөн эмес.`,
          ru: `В реестре недвижимости есть объект «${k.ru}» (кадастровый номер ${r.recordId}, ${a.ru} м², доля ${sh.ru} %, владелец: ${p.ru}${pr ? `, цена ${pr.ru}` : ''}), но в декларации он не указан.`,
          en: `The real estate registry holds a ${k.en} (cadastral number ${r.recordId}, ${a.en} m², share ${sh.en} %, owner: ${p.en}${pr ? `, price ${pr.en}` : ''}) that the declaration does not declare.`,
        },
      ),
    );
  }
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function vehicles(x: Ctx) {
  const { f, out } = x;
  const records = f.input.registry.vehicles;
  const items = f.content.vehicles;
  for (const v of items) {
    if (!v.registryId || !knownOwner(f, v.owner) || !domestic(v.country)) continue;
    const pin = pinOf(f, v.owner);
    let any = false;
    let own: (typeof records)[number] | undefined;
    for (const r of records) {
      if (r.recordId !== v.registryId) continue;
      any = true;
      if (r.ownerPin === pin) own = r;
    }
    if (!any) {
      if (pin) out.push(unknownRecord('vehicles', v.id, v.registryId));
      continue;
    }
    if (!own) {
      claim(x, v.registryId);
      // An owner the declarant changed after pre-fill is reported as prefill_corrected.
      if (!correctedAfterPrefill(v, 'owner')) {
        const holders = records
          .filter((r) => r.recordId === v.registryId)
          .map((r) => ({ pin: r.ownerPin, ref: `registry:vehicles:${r.recordId}` }));
        out.push(ownerMismatch(x, 'vehicles', v.id, v.registryId, v.owner, holders));
      }
      continue;
    }
    const parts: LocalizedText[] = [];
    if (!sameText(v.make, own.make) && !correctedAfterPrefill(v, 'make')) {
      parts.push(change('make', own.make, v.make));
    }
    if (!sameText(v.model, own.model) && !correctedAfterPrefill(v, 'model')) {
      parts.push(change('model', own.model, v.model));
    }
    if (v.yearMade !== own.yearMade && !correctedAfterPrefill(v, 'yearMade')) {
      parts.push(change('yearMade', String(own.yearMade), String(v.yearMade)));
    }
    if (parts.length > 0) {
      out.push(
        mismatch('vehicles', v.id, v.registryId, parts, [`registry:vehicles:${own.recordId}`]),
      );
    }
  }
  for (const r of records) {
    // Registered after the declaration year: it was not the family's on 31 December.
    if (r.acquiredOn > yearEnd(x.f)) continue;
    const owner = ownerOfPin(x.f, r.ownerPin);
    if (owner === undefined || isClaimed(x, r.recordId)) continue;
    let declared = false;
    for (const v of items) if (v.registryId === r.recordId && v.owner === owner) declared = true;
    if (declared) continue;
    const k = VEHICLE_KIND[r.kind] ?? VEHICLE_KIND.other!;
    const p = who(owner, f.content.relatives);
    const car = `${r.make} ${r.model}, ${r.yearMade}`;
    out.push(
      finding('registry.undeclared_vehicle', 'high', null, [`registry:vehicles:${r.recordId}`], {
        ky: `Транспорт каражаттарынын реестринде ${k.ky} бар (${car}, ээси: ${p.ky}, ${r.acquiredOn} каттоодо), бирок ал декларацияда көрсөтүлгөн эмес.`,
        ru: `В реестре транспортных средств есть ${k.ru} (${car}, владелец: ${p.ru}, на учёте с ${r.acquiredOn}), но в декларации он не указан.`,
        en: `The vehicle registry holds a ${k.en} (${car}, owner: ${p.en}, registered since ${r.acquiredOn}) that the declaration does not declare.`,
      }),
    );
  }
}

const OWNING_ROLES: ReadonlySet<string> = new Set(['founder', 'owner']);
const isStake = (kind: string) => kind === 'company_stake' || kind === 'shares';

function companies(x: Ctx) {
  const { f, out } = x;
  const roles = f.input.registry.companyRoles;
  const items = f.content.securities;
  for (const sec of items) {
    if (!sec.issuerId || !isStake(sec.kind) || !knownOwner(f, sec.owner)) continue;
    if (!domestic(sec.country)) continue;
    const pin = pinOf(f, sec.owner);
    let any = false;
    let own: RegistryCompanyRole | undefined;
    for (const r of roles) {
      if (r.companyId !== sec.issuerId || !OWNING_ROLES.has(r.role)) continue;
      any = true;
      if (r.personPin === pin) own = r;
    }
    // Listed shares and companies outside the register are not the register's to know.
    if (!any) continue;
    if (!own) {
      claim(x, sec.issuerId);
      // An owner the declarant changed after pre-fill is reported as prefill_corrected.
      if (!correctedAfterPrefill(sec, 'owner')) {
        const holders = roles
          .filter((r) => r.companyId === sec.issuerId && OWNING_ROLES.has(r.role))
          .map((r) => ({ pin: r.personPin, ref: `registry:companyRoles:${r.recordId}` }));
        out.push(ownerMismatch(x, 'securities', sec.id, sec.issuerId, sec.owner, holders));
      }
      continue;
    }
    if (
      sec.sharePercent !== null &&
      own.sharePercent !== null &&
      Math.abs(sec.sharePercent - own.sharePercent) > 0.01 &&
      !correctedAfterPrefill(sec, 'sharePercent')
    ) {
      const parts = [change('sharePercent', own.sharePercent, sec.sharePercent)];
      const refs = [`registry:companyRoles:${own.recordId}`];
      out.push(mismatch('securities', sec.id, sec.issuerId, parts, refs));
    }
  }
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    if (!OWNING_ROLES.has(r.role)) continue;
    if (r.since > yearEnd(x.f)) continue;
    const owner = ownerOfPin(x.f, r.personPin);
    if (owner === undefined || isClaimed(x, r.companyId)) continue;
    let repeated = false; // founder and owner of one company: one finding
    for (let j = 0; j < i; j++) {
      const q = roles[j]!;
      if (q.companyId === r.companyId && q.personPin === r.personPin && OWNING_ROLES.has(q.role))
        repeated = true;
    }
    if (repeated) continue;
    let declared = false;
    for (const sec of items) {
      if (sec.issuerId === r.companyId && isStake(sec.kind) && sec.owner === owner) declared = true;
    }
    if (declared) continue;
    const p = who(owner, f.content.relatives);
    const share = r.sharePercent === null ? null : num(r.sharePercent);
    out.push(
      finding(
        'registry.undeclared_company',
        'high',
        null,
        [`registry:companyRoles:${r.recordId}`],
        {
          ky: `Юридикалык жактардын реестри боюнча үй-бүлө мүчөсү (${p.ky}) «${r.companyName}» (${r.companyId}) компаниясынын негиздөөчүсү же ээси${share ? `, үлүшү ${share.ky} %` : ''}, бирок бул үлүш декларацияда көрсөтүлгөн эмес.`,
          ru: `По реестру юридических лиц член семьи (${p.ru}) — учредитель или владелец компании «${r.companyName}» (${r.companyId})${share ? `, доля ${share.ru} %` : ''}, но эта доля в декларации не указана.`,
          en: `The register of legal entities shows a family member (${p.en}) as founder or owner of "${r.companyName}" (${r.companyId})${share ? `, share ${share.en} %` : ''}, but the declaration does not declare this stake.`,
        },
      ),
    );
  }
}

function unknownRecord(section: 'realEstate' | 'vehicles', id: string, recordId: string): Finding {
  const ky = section === 'realEstate' ? 'Кыймылсыз мүлк' : 'Транспорт каражаттарынын';
  const ru = section === 'realEstate' ? 'недвижимости' : 'транспортных средств';
  const en = section === 'realEstate' ? 'real estate' : 'vehicle';
  return finding('registry.unknown_record', 'medium', null, [`${section}:${id}`], {
    ky: `${ky} реестринде ${recordId} номерлүү жазуу жок, ал эми декларацияда ушул номер көрсөтүлгөн.`,
    ru: `В реестре ${ru} нет записи с номером ${recordId}, указанным в декларации.`,
    en: `The ${en} registry has no record ${recordId}, the number given in the declaration.`,
  });
}

/** The item is declared under a member of the family the registry does not list as its holder. */
function ownerMismatch(
  x: Ctx,
  section: string,
  itemId: string,
  shownId: string,
  owner: string,
  holders: readonly { pin: string; ref: string }[],
): Finding {
  const rel = x.f.content.relatives;
  const names: LocalizedText[] = [];
  const refs: string[] = [];
  for (const h of holders) {
    const o = ownerOfPin(x.f, h.pin);
    names.push(o === undefined ? ANOTHER_PERSON : who(o, rel));
    refs.push(h.ref);
  }
  return mismatch(
    section,
    itemId,
    shownId,
    [change('owner', joinTexts(names), who(owner, rel))],
    refs,
  );
}

const ANOTHER_PERSON: LocalizedText = { ky: 'башка адам', ru: 'другое лицо', en: 'another person' };

function mismatch(
  section: string,
  itemId: string,
  shownId: string,
  parts: LocalizedText[],
  refs: readonly string[],
): Finding {
  const what = joinTexts(parts);
  return finding('registry.mismatch', 'medium', null, [`${section}:${itemId}`, ...refs], {
    ky: `Декларацияланган маалымат ${shownId} реестр жазуусунан айырмаланат (реестр → декларация): ${what.ky}.`,
    ru: `Задекларированные сведения расходятся с записью реестра ${shownId} (реестр → декларация): ${what.ru}.`,
    en: `The declared item differs from registry record ${shownId} (registry → declaration): ${what.en}.`,
  });
}

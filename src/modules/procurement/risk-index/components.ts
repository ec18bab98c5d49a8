import type { FlagEvidence } from '../flags/flag.ts';
import { bidderCount } from '../flags/kyrgyz/bids.ts';
import { awardDay, type Facts, type Found } from '../flags/kyrgyz/facts.ts';
import { dayOf, field, inList, isoDay, list, lower, text } from '../flags/kyrgyz/read.ts';
import type { CriComponent, CriSettings } from './settings.ts';

/**
 * The CRI components, each one yes/no red flag computed from one release. A component with the
 * data it needs is risky or safe; without that data (or where it does not apply, like single
 * bidding for a direct contract) it is unknown, and the score leaves it out.
 */

export type Outcome =
  | { status: 'risky'; value: number; threshold?: number; evidence: FlagEvidence[] }
  | { status: 'safe' }
  | { status: 'unknown'; reason: string };

/** Plain data the module supplies (registry facts), so the engine stays pure. */
export type CriFacts = {
  /** The founding date (ISO) of an OCDS party, or null when not known. */
  foundedOn: (partyId: string) => string | null | undefined;
};

export const NO_FACTS: CriFacts = { foundedOn: () => null };

type Input = { facts: Facts; settings: CriSettings; registry: CriFacts };

const SAFE: Outcome = { status: 'safe' };
const unknownBecause = (reason: string): Outcome => ({ status: 'unknown', reason });
const NOT_COMPETITIVE = unknownBecause('not applicable: direct contracting or method unknown');

function methodEvidence(facts: Facts): FlagEvidence[] {
  if (facts.details !== null)
    return [{ path: '/tender/procurementMethodDetails', value: facts.details }];
  if (facts.method !== null) return [{ path: '/tender/procurementMethod', value: facts.method }];
  return [];
}

/** Single bidding: a competitive tender that drew one bid. */
function singleBid({ facts, settings }: Input): Outcome {
  if (facts.direct !== false) return NOT_COMPETITIVE;
  const count = bidderCount(facts.raw, settings);
  if (count === null) return unknownBecause('number of bidders not published');
  if (count.value === 0) return unknownBecause('no bids');
  if (count.value > 1) return SAFE;
  return { status: 'risky', value: 1, threshold: 1, evidence: [{ path: count.path, value: 1 }] };
}

/** No call for tenders: direct contracting, which has none by definition. */
function noCall({ facts }: Input): Outcome {
  if (facts.direct === true) return { status: 'risky', value: 1, evidence: methodEvidence(facts) };
  if (facts.direct === null) return unknownBecause('procurement method not published');
  const tender = field(facts.raw, 'tender');
  const published =
    dayOf(field(tender, 'datePublished')) !== null ||
    dayOf(field(field(tender, 'tenderPeriod'), 'startDate')) !== null ||
    list(field(tender, 'documents')).some(
      (d) => lower(field(d, 'documentType')) === 'tendernotice',
    );
  return published ? SAFE : unknownBecause('no publication date or tender notice');
}

/** Procedure type: anything but an open procedure. */
function nonOpenProcedure({ facts, settings }: Input): Outcome {
  if (facts.direct === true) return { status: 'risky', value: 1, evidence: methodEvidence(facts) };
  if (facts.method === null) return unknownBecause('procurement method not published');
  if (inList(facts.method, settings.openMethods)) return SAFE;
  if (inList(facts.method, settings.nonOpenMethods)) {
    return {
      status: 'risky',
      value: 1,
      evidence: [{ path: '/tender/procurementMethod', value: facts.method }],
    };
  }
  return unknownBecause(`procurement method "${facts.method}" not classified`);
}

/** A period between two dates of the tender, in whole days, or null. */
function period(from: Found<number> | null, to: Found<number> | null): number | null {
  if (from === null || to === null) return null;
  const days = to.value - from.value;
  return days >= 0 ? days : null;
}

function found(value: unknown, path: string): Found<number> | null {
  const day = dayOf(value);
  return day === null ? null : { value: day, path };
}

function bidDeadline(facts: Facts): Found<number> | null {
  return found(
    field(field(field(facts.raw, 'tender'), 'tenderPeriod'), 'endDate'),
    '/tender/tenderPeriod/endDate',
  );
}

/** Advertisement period: publication to bid deadline, shorter than the minimum for the method. */
function advertisementPeriod({ facts, settings }: Input): Outcome {
  if (facts.direct !== false) return NOT_COMPETITIVE;
  const tender = field(facts.raw, 'tender');
  const start =
    found(field(tender, 'datePublished'), '/tender/datePublished') ??
    found(field(field(tender, 'tenderPeriod'), 'startDate'), '/tender/tenderPeriod/startDate');
  const end = bidDeadline(facts);
  const days = period(start, end);
  if (days === null || start === null || end === null)
    return unknownBecause('publication date or bid deadline not published');
  const options = settings.advertisement;
  const key = Object.keys(options.minDaysByMethod).find((m) => inList(facts.details, [m]));
  const minimum =
    key === undefined
      ? options.defaultMinDays
      : (options.minDaysByMethod[key] ?? options.defaultMinDays);
  if (days >= minimum) return SAFE;
  return {
    status: 'risky',
    value: days,
    threshold: minimum,
    evidence: [
      { path: start.path, value: isoDay(start.value) },
      { path: end.path, value: isoDay(end.value) },
    ],
  };
}

/** Decision period: bid deadline to the award decision, too long or too short. */
function decisionPeriod({ facts, settings }: Input): Outcome {
  if (facts.direct !== false) return NOT_COMPETITIVE;
  const end = bidDeadline(facts);
  let award: Found<number> | null = null;
  const awards = list(field(facts.raw, 'awards'));
  for (let a = 0; a < awards.length; a += 1) {
    const day = found(field(awards[a], 'date'), `/awards/${a}/date`);
    if (day !== null && (award === null || day.value < award.value)) award = day;
  }
  const days = period(end, award);
  if (days === null || end === null || award === null)
    return unknownBecause('bid deadline or award date not published');
  const options = settings.decision;
  const evidence = [
    { path: end.path, value: isoDay(end.value) },
    { path: award.path, value: isoDay(award.value) },
  ];
  if (days > options.longAboveDays) {
    return { status: 'risky', value: days, threshold: options.longAboveDays, evidence };
  }
  if (
    days < options.shortBelowDays &&
    !inList(facts.details, options.shortIgnoredForMethodDetails)
  ) {
    return { status: 'risky', value: days, threshold: options.shortBelowDays, evidence };
  }
  return SAFE;
}

/** The country of a party: its address, else the country prefix of its identifier scheme. */
function countryOf(facts: Facts, partyId: string): Found<string> | null {
  const ref = facts.parties().get(partyId);
  if (ref === undefined) return null;
  const name = text(field(field(ref.party, 'address'), 'countryName'));
  if (name !== null) return { value: name, path: `${ref.path}/address/countryName` };
  const scheme = text(field(field(ref.party, 'identifier'), 'scheme'));
  const prefix = scheme === null ? null : /^([A-Za-z]{2})-/.exec(scheme)?.[1];
  return prefix ? { value: prefix.toUpperCase(), path: `${ref.path}/identifier/scheme` } : null;
}

const havenNames = new WeakMap<CriSettings, Set<string>>();

/** The listed codes and names, lower case, built once per settings object. */
function havensOf(settings: CriSettings): Set<string> {
  let names = havenNames.get(settings);
  if (names === undefined) {
    names = new Set();
    for (const haven of settings.taxHavens) {
      names.add(haven.code.toLowerCase());
      for (const name of haven.names) names.add(name.toLowerCase());
    }
    havenNames.set(settings, names);
  }
  return names;
}

/** Tax haven: a winning supplier registered in a jurisdiction on the settings list. */
function taxHaven({ facts, settings }: Input): Outcome {
  const suppliers = facts.winners();
  if (suppliers.length === 0) return unknownBecause('no winning supplier');
  let allKnown = true;
  for (const supplier of suppliers) {
    const country = countryOf(facts, supplier.value);
    if (country === null) {
      allKnown = false;
      continue;
    }
    if (havensOf(settings).has(country.value.toLowerCase())) {
      return {
        status: 'risky',
        value: 1,
        evidence: [
          { path: supplier.path, value: supplier.value },
          { path: country.path, value: country.value },
        ],
      };
    }
  }
  return allKnown ? SAFE : unknownBecause('country of a winning supplier not published');
}

/** Newly founded supplier: a winner founded less than `newSupplierDays` before the award. */
function newSupplier({ facts, settings, registry }: Input): Outcome {
  const suppliers = facts.winners();
  if (suppliers.length === 0) return unknownBecause('no winning supplier');
  const award = awardDay(facts.raw);
  if (award === null) return unknownBecause('award date not published');
  let allKnown = true;
  for (const supplier of suppliers) {
    let founded: number | null = null;
    try {
      founded = dayOf(registry.foundedOn(supplier.value));
    } catch {
      founded = null;
    }
    const age = founded === null ? -1 : award.value - founded;
    if (founded === null || age < 0) {
      allKnown = false;
      continue;
    }
    if (age < settings.newSupplierDays) {
      return {
        status: 'risky',
        value: age,
        threshold: settings.newSupplierDays,
        evidence: [
          { path: supplier.path, value: supplier.value },
          { path: 'registry: founded on', value: isoDay(founded) },
          { path: award.path, value: isoDay(award.value) },
        ],
      };
    }
  }
  return allKnown ? SAFE : unknownBecause('founding date of a winning supplier not known');
}

export const COMPONENTS: Record<CriComponent, (input: Input) => Outcome> = {
  singleBid,
  noCall,
  nonOpenProcedure,
  advertisementPeriod,
  decisionPeriod,
  taxHaven,
  newSupplier,
};

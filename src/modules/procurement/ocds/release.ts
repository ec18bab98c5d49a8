/**
 * The part of an OCDS 1.1 compiled release (https://standard.open-contracting.org/1.1/) that the
 * platform reads. Everything is optional because publishers omit fields: engines must treat a
 * missing field as "not known", never as zero or false. Amounts are as published (decimal major
 * units); the import converts them to integer minor units where it stores them.
 */
export type OcdsValue = { amount?: number | null; currency?: string | null };

export type OcdsPeriod = {
  startDate?: string | null;
  endDate?: string | null;
  durationInDays?: number | null;
};

export type OcdsClassification = { scheme?: string; id?: string | number; description?: string };

export type OcdsOrganisationReference = { id?: string | number; name?: string };

export type OcdsAddress = {
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  countryName?: string;
};

export type OcdsContactPoint = {
  name?: string;
  email?: string;
  telephone?: string;
  faxNumber?: string;
  url?: string;
};

export type OcdsParty = {
  id?: string | number;
  name?: string;
  identifier?: { scheme?: string; id?: string | number; legalName?: string };
  additionalIdentifiers?: { scheme?: string; id?: string | number }[];
  address?: OcdsAddress;
  contactPoint?: OcdsContactPoint;
  roles?: string[];
  /** Publisher extensions put the founding date, scale and the like here. */
  details?: Record<string, unknown>;
};

export type OcdsItem = {
  id?: string | number;
  description?: string;
  classification?: OcdsClassification;
  additionalClassifications?: OcdsClassification[];
  quantity?: number;
  unit?: { name?: string; value?: OcdsValue };
  relatedLot?: string;
};

export type OcdsDocument = { id?: string; documentType?: string; title?: string; url?: string };

export type OcdsLot = { id?: string; title?: string; status?: string; value?: OcdsValue };

export type OcdsBid = {
  id?: string | number;
  date?: string;
  status?: string;
  tenderers?: OcdsOrganisationReference[];
  value?: OcdsValue;
  relatedLots?: string[];
};

export type OcdsAward = {
  id?: string | number;
  title?: string;
  status?: string;
  date?: string;
  value?: OcdsValue;
  suppliers?: OcdsOrganisationReference[];
  items?: OcdsItem[];
  relatedLots?: string[];
  relatedBid?: string;
  contractPeriod?: OcdsPeriod;
};

export type OcdsContract = {
  id?: string | number;
  awardID?: string | number;
  title?: string;
  status?: string;
  value?: OcdsValue;
  dateSigned?: string;
  period?: OcdsPeriod;
  items?: OcdsItem[];
  documents?: OcdsDocument[];
  implementation?: { transactions?: unknown[]; milestones?: unknown[] };
  /** Publisher extensions (penalty clauses and the like), read only where documented. */
  [extension: string]: unknown;
};

export type OcdsTender = {
  id?: string | number;
  title?: string;
  status?: string;
  procurementMethod?: string;
  procurementMethodDetails?: string;
  procurementMethodRationale?: string;
  mainProcurementCategory?: string;
  value?: OcdsValue;
  items?: OcdsItem[];
  lots?: OcdsLot[];
  tenderPeriod?: OcdsPeriod;
  awardPeriod?: OcdsPeriod;
  enquiryPeriod?: OcdsPeriod;
  datePublished?: string;
  numberOfTenderers?: number;
  tenderers?: OcdsOrganisationReference[];
  procuringEntity?: OcdsOrganisationReference;
  documents?: OcdsDocument[];
  classification?: OcdsClassification;
};

export type OcdsRelatedProcess = {
  id?: string;
  relationship?: string[];
  scheme?: string;
  identifier?: string;
  title?: string;
};

export type CompiledRelease = {
  ocid?: string;
  id?: string;
  date?: string;
  tag?: string[];
  initiationType?: string;
  language?: string;
  buyer?: OcdsOrganisationReference;
  parties?: OcdsParty[];
  planning?: { budget?: { amount?: OcdsValue }; rationale?: string; documents?: OcdsDocument[] };
  tender?: OcdsTender;
  bids?: { details?: OcdsBid[]; statistics?: unknown[] };
  awards?: OcdsAward[];
  contracts?: OcdsContract[];
  relatedProcesses?: OcdsRelatedProcess[];
};

/**
 * An engine that reads compiled releases one at a time (so a file of millions never sits in
 * memory) and gives its result once all are read.
 */
export interface ReleasePass<Result> {
  add(release: CompiledRelease): void;
  finish(): Result;
}

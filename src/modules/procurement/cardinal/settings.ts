/**
 * Cardinal's settings (https://cardinal.readthedocs.io/en/latest/cli/init.html), read from the
 * same INI file Cardinal reads. An indicator runs only if its section is present (`[R024]`,
 * even empty); every property is optional and falls back to Cardinal's default (DEFAULTS).
 * Lists are `|`-separated, as in Cardinal. Source: open-contracting/cardinal-rs at b04158a.
 */
export type CardinalCode =
  | 'R003'
  | 'R018'
  | 'R024'
  | 'R025'
  | 'R028'
  | 'R030'
  | 'R035'
  | 'R036'
  | 'R038'
  | 'R048'
  | 'R058';

export const CARDINAL_CODES: readonly CardinalCode[] = [
  'R003',
  'R018',
  'R024',
  'R025',
  'R028',
  'R030',
  'R035',
  'R036',
  'R038',
  'R048',
  'R058',
];

export type CardinalSettings = {
  /** `currency`: the main currency; unset, the first currency observed in a compared bid. */
  currency?: string;
  /** `no_price_comparison_procurement_methods`: /tender/procurementMethodDetails values whose bid prices are not compared. */
  noPriceComparisonProcurementMethods?: string[];
  /** `price_comparison_procurement_methods`: if set, only these procurementMethodDetails compare bid prices. */
  priceComparisonProcurementMethods?: string[];
  /** `[exclusions] procurement_method_details`: processes left out of every indicator. */
  exclusions?: { procurementMethodDetails?: string[] };
  R003?: {
    /** `threshold`: flag a tender period shorter than this many whole days. */
    threshold?: number;
    /** `procurement_methods`: only these /tender/procurementMethod values (unset: all). */
    procurementMethods?: string[];
    /** `[R003.procurement_method_details]`: a threshold per /tender/procurementMethodDetails. */
    procurementMethodDetails?: Record<string, number>;
  };
  R018?: { /** `procurement_methods` (default open|selective). */ procurementMethods?: string[] };
  R024?: { /** `threshold`: a fixed lower fence instead of Q1 − 1.5 IQR. */ threshold?: number };
  R025?: {
    /** `percentile`: a top tenderer has at least this percentile of valid bids (default 75). */
    percentile?: number;
    /** `threshold`: a fixed lower fence for the win ratio instead of Q1 − 1.5 IQR. */
    threshold?: number;
  };
  R028?: Record<string, never>;
  R030?: Record<string, never>;
  R035?: {
    /** `threshold`: at least this many other tenderers disqualified (default 1). */ threshold?: number;
  };
  R036?: Record<string, never>;
  R038?: {
    /** `threshold`: a fixed upper fence instead of Q3 + 1.5 IQR. */
    threshold?: number;
    /** `minimum_submitted_bids`: a tenderer needs this many submitted bids (default 2). */
    minimumSubmittedBids?: number;
    /** `minimum_contracting_processes`: a buyer or procuring entity needs this many (default 2). */
    minimumContractingProcesses?: number;
  };
  R048?: {
    /** `digits`: leading characters of the classification code compared (default 2). */
    digits?: number;
    /** `threshold`: a fixed upper fence instead of Q3 + 1.5 IQR. */
    threshold?: number;
    /** `minimum_contracting_processes`: a supplier needs this many processes (default 20). */
    minimumContractingProcesses?: number;
  };
  R058?: { /** `threshold`: a fixed upper fence instead of Q3 + 1.5 IQR. */ threshold?: number };
};

/** Cardinal's defaults for the properties that have one (the others are computed fences). */
export const DEFAULTS = {
  R003: { threshold: 15 },
  R018: { procurementMethods: ['open', 'selective'] },
  R025: { percentile: 75 },
  R035: { threshold: 1 },
  R038: { minimumSubmittedBids: 2, minimumContractingProcesses: 2 },
  R048: { digits: 2, minimumContractingProcesses: 20 },
} as const;

/** Every indicator on with its defaults: what `ocdscardinal init` writes. */
export function allIndicators(): CardinalSettings {
  const settings: CardinalSettings = {};
  for (const code of CARDINAL_CODES) settings[code] = {};
  return settings;
}

/**
 * Cardinal's pipe-separated list (Rust's `split_terminator('|')`): "a|b|" is [a, b], "" is []
 * and nothing is trimmed, as Cardinal compares values exactly.
 */
export function parsePipeList(value: string): string[] {
  const parts = value.split('|');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

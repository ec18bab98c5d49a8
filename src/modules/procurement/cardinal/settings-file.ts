import { type IniDocument, IniError, parseIni } from './ini.ts';
import {
  CARDINAL_CODES,
  type CardinalCode,
  type CardinalSettings,
  parsePipeList,
} from './settings.ts';

/**
 * Cardinal's settings file (INI, see ini.ts) into CardinalSettings, refusing what Cardinal
 * refuses (unknown sections and properties, values of the wrong type) with the line.
 */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

export type ParsedSettings = { settings: CardinalSettings; warnings: string[] };

type Kind = 'string' | 'list' | 'integer' | 'natural' | 'decimal';

// property -> [name in CardinalSettings, kind]
type Schema = Record<string, [string, Kind]>;

const TOP: Schema = {
  currency: ['currency', 'string'],
  no_price_comparison_procurement_methods: ['noPriceComparisonProcurementMethods', 'list'],
  price_comparison_procurement_methods: ['priceComparisonProcurementMethods', 'list'],
};

const EXCLUSIONS: Schema = { procurement_method_details: ['procurementMethodDetails', 'list'] };

const INDICATORS: Record<CardinalCode, Schema> = {
  R003: {
    threshold: ['threshold', 'integer'],
    procurement_methods: ['procurementMethods', 'list'],
  },
  R018: { procurement_methods: ['procurementMethods', 'list'] },
  R024: { threshold: ['threshold', 'decimal'] },
  R025: { percentile: ['percentile', 'natural'], threshold: ['threshold', 'decimal'] },
  R028: {},
  R030: {},
  R035: { threshold: ['threshold', 'natural'] },
  R036: {},
  R038: {
    threshold: ['threshold', 'decimal'],
    minimum_submitted_bids: ['minimumSubmittedBids', 'natural'],
    minimum_contracting_processes: ['minimumContractingProcesses', 'natural'],
  },
  R048: {
    digits: ['digits', 'natural'],
    threshold: ['threshold', 'natural'],
    minimum_contracting_processes: ['minimumContractingProcesses', 'natural'],
  },
  R058: { threshold: ['threshold', 'decimal'] },
};

/** R003's map, written as its own section `[R003.procurement_method_details]`. */
const R003_MAP = 'procurement_method_details';

/** Sections of Cardinal's `prepare` command: accepted in a shared settings file, not used here. */
const PREPARE_SECTIONS = new Set([
  'defaults',
  'redactions',
  'corrections',
  'modifications',
  'codelists',
]);

/** Cardinal indicators that this implementation does not compute. */
const NOT_IMPLEMENTED = new Set(['R044', 'R055']);

function isCode(name: string): name is CardinalCode {
  return (CARDINAL_CODES as readonly string[]).includes(name);
}

/**
 * Reads a settings file's text. Throws SettingsError (naming the line) for what Cardinal
 * rejects: bad syntax, unknown sections or properties, values of the wrong type.
 */
export function parseSettings(text: string, source = 'settings'): ParsedSettings {
  let document: IniDocument;
  try {
    document = parseIni(text, source);
  } catch (err) {
    if (err instanceof IniError) throw new SettingsError(err.message);
    throw err;
  }
  const settings: CardinalSettings = {};
  const warnings: string[] = [];
  const warned = new Set<string>();
  const fail = (line: number, reason: string): never => {
    throw new SettingsError(`${source} line ${line}: ${reason}`);
  };
  // Sections are paths: [R003.procurement_method_details] is R003's procurement_method_details.
  const open = (path: string[], line: number): Record<string, unknown> | null => {
    const head = path[0]!;
    if (PREPARE_SECTIONS.has(head)) return null;
    if (NOT_IMPLEMENTED.has(head)) {
      if (!warned.has(head)) {
        warned.add(head);
        warnings.push(`${source} line ${line}: [${head}] is not implemented here; skipped`);
      }
      return null;
    }
    if (head === 'exclusions') {
      if (path.length > 1)
        fail(line, `[exclusions] has no subsection "${path.slice(1).join('.')}"`);
      settings.exclusions ??= {};
      return settings.exclusions;
    }
    if (isCode(head)) {
      settings[head] ??= {};
      const section = settings[head] as Record<string, unknown>;
      if (path.length === 1) return section;
      if (head === 'R003' && path.length === 2 && path[1] === R003_MAP) {
        // No prototype: a procurementMethodDetails value is any string.
        section.procurementMethodDetails ??= Object.create(null);
        return section;
      }
      return fail(line, `unknown section [${path.join('.')}]`);
    }
    if (ownField(TOP, head))
      return fail(
        line,
        `"${head}" is a property, not a section: write "${head} = ..." at the top of the file`,
      );
    return fail(
      line,
      `unknown section [${path.join('.')}]; expected one of exclusions, ${CARDINAL_CODES.join(', ')}`,
    );
  };

  for (const { name, line } of document.sections) open(splitPath(name, line, fail), line);

  for (const entry of document.entries) {
    const path =
      entry.section === null
        ? splitPath(entry.key, entry.line, fail)
        : [...splitPath(entry.section, entry.line, fail), entry.key];
    const { line, value } = entry;
    if (path.length === 1) {
      const field = ownField(TOP, path[0]!);
      if (!field) {
        if (isCode(path[0]!) || path[0] === 'exclusions') {
          fail(line, `"${path[0]}" is a section: write it as [${path[0]}]`);
        }
        fail(line, `unknown property "${path[0]}"; expected one of ${Object.keys(TOP).join(', ')}`);
      }
      assign(settings as Record<string, unknown>, field!, value, line, path[0]!, fail);
      continue;
    }
    const section = open(path.slice(0, -1), line);
    if (section === null) continue;
    const key = path[path.length - 1]!;
    const head = path[0]!;
    if (head === 'R003' && path.length === 3) {
      // An entry of [R003.procurement_method_details]: procurementMethodDetails value = days.
      const map = section.procurementMethodDetails as Record<string, number>;
      map[key] = convert(value, 'integer', line, `[R003.${R003_MAP}] ${key}`, fail) as number;
      continue;
    }
    const schema = head === 'exclusions' ? EXCLUSIONS : INDICATORS[head as CardinalCode];
    const field = ownField(schema, key);
    if (!field) {
      if (head === 'R003' && key === R003_MAP) {
        fail(
          line,
          `write the thresholds per procurement method details as a section:\n[R003.${R003_MAP}]\n<procurementMethodDetails> = <days>`,
        );
      }
      const expected = Object.keys(schema);
      fail(
        line,
        `unknown property "${key}" in [${head}]${expected.length ? `; expected one of ${expected.join(', ')}${head === 'R003' ? `, or a [R003.${R003_MAP}] section` : ''}` : ' (this indicator has no settings)'}`,
      );
    }
    assign(section, field!, value, line, `[${head}] ${key}`, fail);
  }

  if (
    settings.noPriceComparisonProcurementMethods !== undefined &&
    settings.priceComparisonProcurementMethods !== undefined
  ) {
    warnings.push(
      'no_price_comparison_procurement_methods has no effect if price_comparison_procurement_methods is set',
    );
  }
  return { settings, warnings };
}

/** A schema's field, never one inherited from Object.prototype ("constructor", "toString"). */
function ownField(schema: Schema, key: string): [string, Kind] | undefined {
  return Object.hasOwn(schema, key) ? schema[key] : undefined;
}

function splitPath(
  name: string,
  line: number,
  fail: (line: number, reason: string) => never,
): string[] {
  const parts = name.split('.').map((part) => part.trim());
  if (parts.some((part) => part === '')) fail(line, `"${name}" has an empty part between dots`);
  return parts;
}

function assign(
  target: Record<string, unknown>,
  [name, kind]: [string, Kind],
  value: string,
  line: number,
  label: string,
  fail: (line: number, reason: string) => never,
) {
  target[name] = convert(value, kind, line, label, fail);
}

const INTEGER = /^[+-]?\d+$/;
const NATURAL = /^\+?\d+$/;
// What Rust's f64::from_str accepts.
const DECIMAL = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

function convert(
  value: string,
  kind: Kind,
  line: number,
  label: string,
  fail: (line: number, reason: string) => never,
): string | string[] | number {
  switch (kind) {
    case 'string':
      return value;
    case 'list':
      return parsePipeList(value);
    case 'integer':
      if (!INTEGER.test(value) || !Number.isSafeInteger(Number(value))) {
        fail(line, `${label} must be a whole number, got "${value}"`);
      }
      return Number(value);
    case 'natural':
      if (!NATURAL.test(value) || !Number.isSafeInteger(Number(value))) {
        fail(line, `${label} must be a whole number, 0 or more, got "${value}"`);
      }
      return Number(value);
    case 'decimal': {
      if (!DECIMAL.test(value)) fail(line, `${label} must be a number, got "${value}"`);
      const lower = value.toLowerCase().replace(/^\+/, '');
      if (lower === 'nan' || lower === '-nan') return Number.NaN;
      if (lower.endsWith('inf') || lower.endsWith('infinity')) {
        return lower.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      return Number(value);
    }
  }
}

import type { Db } from '../db/client.ts';
import type { LocalizedText } from '../i18n/language.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'date';

export interface DatasetField {
  name: string;
  type: FieldType;
  description: string;
}

export type Row = Record<string, string | number | boolean | null>;

/**
 * A public dataset, declared once by its module. The publisher serves it as CSV, JSON and a
 * Frictionless datapackage.json; rows are read page by page, never the whole table at once.
 */
export interface Dataset {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  license: { name: string; path: string; title: string };
  /** Where the data comes from, in words an auditor can check. */
  source: string;
  updateSchedule: 'live' | 'daily';
  fields: readonly DatasetField[];
  /** Pages of rows in a stable order; each call after a page continues from its last row. */
  pages(db: Db): AsyncIterable<Row[]>;
  lastModified(db: Db): Promise<Date | null>;
  /**
   * The same data also as line-delimited JSON in its own standard's shape (procurement: OCDS
   * compiled releases, one per line), served as <name>.jsonl.
   */
  lines?: { standard: string; pages(db: Db): AsyncIterable<unknown[]> };
}

export const CC_BY_4 = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

export class DatasetRegistry {
  readonly #datasets = new Map<string, Dataset>();

  register(dataset: Dataset): void {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(dataset.name)) {
      throw new Error(
        `Dataset name "${dataset.name}" must be lower-case letters, digits and dashes`,
      );
    }
    if (this.#datasets.has(dataset.name))
      throw new Error(`Dataset "${dataset.name}" is registered twice`);
    this.#datasets.set(dataset.name, dataset);
  }

  get(name: string): Dataset | undefined {
    return this.#datasets.get(name);
  }

  all(): Dataset[] {
    return [...this.#datasets.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

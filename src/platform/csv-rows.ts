import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV file (comma or semicolon separated, as spreadsheets export it in Kyrgyzstan and
 * Russia; quoted fields; CRLF or LF) into one object per data row, keyed by the trimmed header.
 * Blank lines are skipped. csv-parse does the parsing: one well-kept parser for the platform.
 */
export function rowsFromCsv(text: string): Array<Record<string, string>> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  return parse(text, {
    bom: true,
    delimiter,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  }) as Array<Record<string, string>>;
}

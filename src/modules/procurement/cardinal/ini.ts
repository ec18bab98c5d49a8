/**
 * The INI dialect of Cardinal's settings file (read there by the `config` crate through
 * `rust-ini`): `[section]` headers, `key = value` or `key: value` lines, whole-line comments
 * starting with `;` or `#`, values trimmed, optionally quoted, with backslash escapes and a
 * trailing backslash continuing the value on the next line. A comment after a value is not a
 * comment (rust-ini keeps it in the value), so `threshold = 2 # default` is an invalid number.
 */
export class IniError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly source = 'settings',
  ) {
    super(`${source} line ${line}: ${reason}`);
    this.name = 'IniError';
  }
}

export type IniSection = { name: string; line: number };

export type IniEntry = {
  /** The section the key is in; null for keys before the first section. */
  section: string | null;
  key: string;
  value: string;
  line: number;
};

export type IniDocument = { sections: IniSection[]; entries: IniEntry[] };

export function parseIni(text: string, source = 'settings'): IniDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const sections: IniSection[] = [];
  const entries: IniEntry[] = [];
  let section: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) {
        throw new IniError(
          lineNumber,
          'a section header must end with "]" and have nothing after it (comments go on their own line)',
          source,
        );
      }
      const name = line.slice(1, -1).trim();
      if (name === '') throw new IniError(lineNumber, 'empty section name "[]"', source);
      section = name;
      sections.push({ name, line: lineNumber });
      continue;
    }
    const separator = line.search(/[=:]/);
    if (separator < 0) {
      throw new IniError(
        lineNumber,
        `expected "key = value", a "[section]" or a comment, found "${line}"`,
        source,
      );
    }
    const key = decodeEscapes(line.slice(0, separator).trim(), lineNumber, source);
    if (key === '')
      throw new IniError(lineNumber, `missing key before "${line[separator]}"`, source);
    let raw = line.slice(separator + 1);
    // A value ending in an unescaped backslash continues on the next line.
    while (endsWithContinuation(raw) && index + 1 < lines.length) {
      index += 1;
      raw = raw.slice(0, -1) + lines[index]!;
    }
    entries.push({ section, key, value: readValue(raw, lineNumber, source), line: lineNumber });
  }
  return { sections, entries };
}

function endsWithContinuation(raw: string): boolean {
  let backslashes = 0;
  for (let i = raw.length - 1; i >= 0 && raw[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

function readValue(raw: string, line: number, source: string): string {
  const value = raw.trim();
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
    return decodeEscapes(value.slice(1, -1), line, source);
  }
  return decodeEscapes(value, line, source);
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  r: '\r',
  n: '\n',
};

function decodeEscapes(text: string, line: number, source: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) {
      out += '\\';
      break;
    }
    i += 1;
    if (next === 'x') {
      const hex = text.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new IniError(line, `"\\x" must be followed by 4 hexadecimal digits`, source);
      }
      out += String.fromCodePoint(Number.parseInt(hex, 16));
      i += 4;
    } else {
      out += Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : next;
    }
  }
  return out;
}

import type { OfficialRate } from './table.ts';

/**
 * Reads the National Bank's daily rates file (https://www.nbkr.kg/XML/daily.xml):
 *
 *   <?xml version="1.0" encoding="windows-1251" ?>
 *   <CurrencyRates Name="Daily Exchange Rates" Date="03.07.2026">
 *   <Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,4500</Value></Currency>
 *   ...
 *   </CurrencyRates>
 *
 * Value is som for Nominal units, with a decimal comma. The format is small and fixed, so a strict
 * reading of just these elements (no XML library, no new dependency) is enough; anything else in a
 * Currency element (e.g. ValidFor) is ignored. Malformed input is refused with an Error that names
 * what is wrong, never half-read.
 */
export function parseNbkrDaily(bytes: Uint8Array): OfficialRate[] {
  return parseNbkrDailyText(decode(bytes));
}

/** The same, for text already decoded. */
export function parseNbkrDailyText(text: string): OfficialRate[] {
  const body = text.replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = /<CurrencyRates\b([^>]*)>([\s\S]*)<\/CurrencyRates\s*>/.exec(body);
  if (!root) fail('no <CurrencyRates> … </CurrencyRates> root element');
  const date = isoDate(attribute(root[1]!, 'Date'));

  const elements = [...root[2]!.matchAll(/<Currency\b([^>]*)>([\s\S]*?)<\/Currency\s*>/g)];
  const opened = root[2]!.match(/<Currency\b/g)?.length ?? 0;
  if (opened !== elements.length) fail('a <Currency> element is not closed by </Currency>');
  if (elements.length === 0) fail(`no <Currency> elements for ${date}`);

  const seen = new Set<string>();
  return elements.map(([, attrs, inner]) => {
    const currency = attribute(attrs!, 'ISOCode');
    if (!/^[A-Z]{3}$/.test(currency)) fail(`ISOCode "${currency}" is not a three-letter code`);
    if (seen.has(currency)) fail(`${currency} appears twice`);
    seen.add(currency);
    return { currency, date, rate: value(currency, inner!), nominal: nominal(currency, inner!) };
  });
}

function fail(what: string): never {
  throw new Error(`NBKR daily.xml: ${what}`);
}

/**
 * windows-1251 as the file says (every byte is a character there); a file that declares UTF-8 is
 * read as UTF-8 and refused when its bytes are not.
 */
function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) fail('the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  const encoding = declared === 'utf-8' || declared === 'utf8' ? 'utf-8' : 'windows-1251';
  if (declared && encoding === 'windows-1251' && !['windows-1251', 'cp1251'].includes(declared)) {
    fail(`unexpected encoding "${declared}" (expected windows-1251)`);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return fail(`the bytes are not valid ${encoding} text`);
  }
}

function attribute(attrs: string, name: string): string {
  const found = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!found) fail(`attribute ${name} is missing`);
  return (found[1] ?? found[2]!).trim();
}

function child(currency: string, inner: string, name: string): string {
  const found = new RegExp(`<${name}>([^<]*)</${name}\\s*>`).exec(inner);
  if (!found) fail(`${currency} has no <${name}>`);
  return found[1]!.trim();
}

/** "dd.mm.yyyy" -> "yyyy-mm-dd", refusing dates that do not exist (31.02). */
function isoDate(text: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
  const time = Date.parse(`${iso}T00:00:00Z`);
  const real = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso;
  if (!real) fail(`Date "${text}" is not a dd.mm.yyyy date`);
  return iso;
}

/** "87,4500" -> "87.4500": the digits as published, at most 6 decimals (the table's scale). */
function value(currency: string, inner: string): string {
  const text = child(currency, inner, 'Value');
  if (!/^\d{1,12}([,.]\d{1,6})?$/.test(text) || /^[0.,]+$/.test(text)) {
    fail(`${currency} Value "${text}" is not a positive decimal such as 87,4500`);
  }
  return text.replace(',', '.');
}

function nominal(currency: string, inner: string): number {
  const text = child(currency, inner, 'Nominal');
  if (!/^[1-9]\d{0,6}$/.test(text))
    fail(`${currency} Nominal "${text}" is not a positive whole number`);
  return Number(text);
}

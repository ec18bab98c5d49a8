import { describe, expect, it } from 'vitest';
import { parseNbkrDaily } from './nbkr-xml.ts';

/** Shaped like the real response quoted in notes (kg-dashboard tests/fixtures/nbkr/daily.xml). */
const DAILY = `<?xml version="1.0" encoding="windows-1251" ?>
<CurrencyRates Name="Daily Exchange Rates" Date="03.07.2026">
<Currency ISOCode="USD">
<Nominal>1</Nominal>
<Value>87,4500</Value>
</Currency>
<Currency ISOCode="EUR"><Nominal>1</Nominal><Value>99,8679</Value></Currency>
<Currency ISOCode="CNY"><Nominal>1</Nominal><Value>12,8835</Value></Currency>
<Currency ISOCode="KZT"><Nominal>1</Nominal><Value>0,1842</Value></Currency>
<Currency ISOCode="RUB"><Nominal>1</Nominal><Value>1,1239</Value></Currency>
</CurrencyRates>
`;

/** The file's bytes: every character here is ASCII, the same in windows-1251. */
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('NBKR daily.xml', () => {
  it('reads every currency: som per nominal, decimal comma to point, the file date in ISO', () => {
    expect(parseNbkrDaily(bytes(DAILY))).toEqual([
      { currency: 'USD', date: '2026-07-03', rate: '87.4500', nominal: 1 },
      { currency: 'EUR', date: '2026-07-03', rate: '99.8679', nominal: 1 },
      { currency: 'CNY', date: '2026-07-03', rate: '12.8835', nominal: 1 },
      { currency: 'KZT', date: '2026-07-03', rate: '0.1842', nominal: 1 },
      { currency: 'RUB', date: '2026-07-03', rate: '1.1239', nominal: 1 },
    ]);
  });

  it('decodes windows-1251 bytes and ignores elements it does not need', () => {
    // "Курсы" in windows-1251: bytes that are not valid UTF-8.
    const cyrillic = Buffer.from([0xca, 0xf3, 0xf0, 0xf1, 0xfb]);
    const file = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0" encoding="windows-1251" ?>\n<CurrencyRates Name="',
        'latin1',
      ),
      cyrillic,
      Buffer.from(
        '" Date="08.01.2027"><!-- <Currency ISOCode="XXX"> -->' +
          '<Currency ISOCode="JPY"><Nominal>10</Nominal><ValidFor>7</ValidFor><Value>5,6123</Value></Currency>' +
          '</CurrencyRates>',
        'latin1',
      ),
    ]);
    expect(parseNbkrDaily(new Uint8Array(file))).toEqual([
      { currency: 'JPY', date: '2027-01-08', rate: '5.6123', nominal: 10 },
    ]);
  });

  it.each([
    ['', 'the file is empty'],
    ['<Rates Date="03.07.2026"></Rates>', 'no <CurrencyRates>'],
    [DAILY.replace(' Date="03.07.2026"', ''), 'attribute Date is missing'],
    [DAILY.replace('03.07.2026', '2026-07-03'), 'Date "2026-07-03" is not a dd.mm.yyyy date'],
    [DAILY.replace('03.07.2026', '31.02.2026'), 'Date "31.02.2026" is not a dd.mm.yyyy date'],
    [DAILY.replace('ISOCode="EUR"', 'ISOCode="eu"'), 'ISOCode "eu" is not a three-letter code'],
    [DAILY.replace('ISOCode="CNY"', 'ISOCode="EUR"'), 'EUR appears twice'],
    [DAILY.replace('<Value>99,8679</Value>', ''), 'EUR has no <Value>'],
    [DAILY.replace('99,8679', '99,86x9'), 'EUR Value "99,86x9" is not a positive decimal'],
    [DAILY.replace('99,8679', '0,0000'), 'EUR Value "0,0000" is not a positive decimal'],
    [DAILY.replace('99,8679', '99,8679123'), 'EUR Value "99,8679123" is not a positive decimal'],
    [
      DAILY.replace('<Nominal>1</Nominal><Value>0,1842', '<Nominal>0</Nominal><Value>0,1842'),
      'KZT Nominal "0"',
    ],
    [DAILY.replace('<Nominal>1</Nominal><Value>0,1842', '<Value>0,1842'), 'KZT has no <Nominal>'],
    [
      DAILY.replace('1,1239</Value></Currency>', '1,1239</Value>'),
      'a <Currency> element is not closed by </Currency>',
    ],
    [DAILY.replace(/<Currency [\s\S]*<\/Currency>/, ''), 'no <Currency> elements for 2026-07-03'],
    [DAILY.replace('windows-1251', 'koi8-r'), 'unexpected encoding "koi8-r"'],
  ])('refuses malformed input, naming what is wrong (%#)', (text, message) => {
    expect(() => parseNbkrDaily(bytes(text))).toThrow(`NBKR daily.xml: ${message}`);
  });

  it('reads a file that declares UTF-8 as UTF-8, and refuses bytes that are not', () => {
    const utf8 = DAILY.replace('windows-1251', 'UTF-8');
    expect(parseNbkrDaily(new Uint8Array(Buffer.from(utf8, 'utf8')))).toHaveLength(5);
    const bad = Buffer.concat([
      Buffer.from(utf8.slice(0, 60), 'latin1'),
      Buffer.from([0xca, 0xf3]),
    ]);
    expect(() => parseNbkrDaily(new Uint8Array(bad))).toThrow(
      'NBKR daily.xml: the bytes are not valid utf-8 text',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseIni } from './ini.ts';
import { allIndicators, CARDINAL_CODES, parsePipeList } from './settings.ts';
import { parseSettings } from './settings-file.ts';

describe('Cardinal settings file', () => {
  it('reads the file `ocdscardinal init` writes (every property commented out)', () => {
    const text = `; currency = USD
; no_price_comparison_procurement_methods = Random Selection

[defaults]
; currency = USD

[codelists.bid_status]
; qualified = valid

[exclusions]
; procurement_method_details = Random Selection

[R003]
; threshold = 15

[R003.procurement_method_details]
; emergency = 10

[R018]
[R024]
[R025]
[R028]
[R030]
[R035]
[R036]
[R038]
[R048]
[R058]
`;
    const { settings, warnings } = parseSettings(text);
    expect(warnings).toEqual([]);
    expect(Object.keys(settings).filter((k) => k.startsWith('R'))).toEqual(CARDINAL_CODES);
    expect(settings.R003).toEqual({ procurementMethodDetails: {} });
    expect(settings.exclusions).toEqual({});
    expect(settings.currency).toBeUndefined();
  });

  it('reads values of every type', () => {
    const { settings } = parseSettings(`currency = KGS
no_price_comparison_procurement_methods = Random Selection|Sorteo de Obras
price_comparison_procurement_methods: Reverse Auction

[exclusions]
procurement_method_details = "Direct|"

[R003]
threshold = -3
procurement_methods = open|selective

[R003.procurement_method_details]
emergency = 10
Прямое заключение = 3
with.dot = 7

[R024]
threshold = 0.05
[R025]
percentile = 90
threshold = 1e-2
[R035]
threshold = 0
[R038]
minimum_submitted_bids = 5
[R048]
digits = 4
threshold = 10
minimum_contracting_processes = 1
[R058]
threshold = .5
`);
    expect(settings).toEqual({
      currency: 'KGS',
      noPriceComparisonProcurementMethods: ['Random Selection', 'Sorteo de Obras'],
      priceComparisonProcurementMethods: ['Reverse Auction'],
      exclusions: { procurementMethodDetails: ['Direct'] },
      R003: {
        threshold: -3,
        procurementMethods: ['open', 'selective'],
        procurementMethodDetails: { emergency: 10, 'Прямое заключение': 3, 'with.dot': 7 },
      },
      R024: { threshold: 0.05 },
      R025: { percentile: 90, threshold: 0.01 },
      R035: { threshold: 0 },
      R038: { minimumSubmittedBids: 5 },
      R048: { digits: 4, threshold: 10, minimumContractingProcesses: 1 },
      R058: { threshold: 0.5 },
    });
  });

  it('takes dotted paths at the top, as Cardinal does', () => {
    const { settings } = parseSettings(
      'R024.threshold = 0.1\nR003.procurement_method_details.x = 2\n',
    );
    expect(settings.R024).toEqual({ threshold: 0.1 });
    expect(settings.R003).toEqual({ procurementMethodDetails: { x: 2 } });
  });

  it('splits lists like Rust split_terminator, without trimming', () => {
    expect(parsePipeList('')).toEqual([]);
    expect(parsePipeList('a|b|')).toEqual(['a', 'b']);
    expect(parsePipeList('|')).toEqual(['']);
    expect(parsePipeList('a | b')).toEqual(['a ', ' b']);
  });

  it('warns about what it does not use', () => {
    const { warnings } = parseSettings(
      'no_price_comparison_procurement_methods = A\nprice_comparison_procurement_methods = B\n[R055]\nthreshold = 1\n',
      'mine.ini',
    );
    expect(warnings).toEqual([
      'mine.ini line 3: [R055] is not implemented here; skipped',
      'no_price_comparison_procurement_methods has no effect if price_comparison_procurement_methods is set',
    ]);
  });

  it('turns every indicator on for allIndicators()', () => {
    expect(Object.keys(allIndicators())).toEqual(CARDINAL_CODES);
  });

  describe('refuses bad input with the line', () => {
    const refused = (text: string) => {
      try {
        parseSettings(text, 'settings.ini');
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('accepted');
    };

    it.each([
      ['[R003\nthreshold = 1', 'settings.ini line 1: a section header must end with "]"'],
      ['[R003]\nthreshold', 'settings.ini line 2: expected "key = value"'],
      ['[R003]\n= 5', 'settings.ini line 2: missing key'],
      [
        '\n\n[R003]\nthreshold = ten',
        'settings.ini line 4: [R003] threshold must be a whole number, got "ten"',
      ],
      [
        '[R003]\nthreshold = 2 # default',
        'line 2: [R003] threshold must be a whole number, got "2 # default"',
      ],
      ['[R048]\ndigits = -1', 'line 2: [R048] digits must be a whole number, 0 or more'],
      ['[R024]\nthreshold = 5%', 'line 2: [R024] threshold must be a number, got "5%"'],
      [
        '[R024]\nthresold = 0.1',
        'line 2: unknown property "thresold" in [R024]; expected one of threshold',
      ],
      [
        '[R028]\nthreshold = 1',
        'line 2: unknown property "threshold" in [R028] (this indicator has no settings)',
      ],
      ['[R099]', 'line 1: unknown section [R099]'],
      ['[R003.other]', 'line 1: unknown section [R003.other]'],
      ['tresholds = 1', 'line 1: unknown property "tresholds"'],
      ['R003 = 1', 'line 1: "R003" is a section: write it as [R003]'],
      ['[currency]', 'line 1: "currency" is a property, not a section'],
      [
        '[R003]\nprocurement_method_details = x=5|y=10',
        'line 2: write the thresholds per procurement method details as a section',
      ],
      [
        '[R003.procurement_method_details]\nx = 5 days',
        'line 2: [R003.procurement_method_details] x must be a whole number',
      ],
      ['[R003..x]', 'line 1: "R003..x" has an empty part between dots'],
      ['[R024]\nconstructor = 1', 'line 2: unknown property "constructor" in [R024]'],
      ['toString = 1', 'line 1: unknown property "toString"'],
      ['[constructor]', 'line 1: unknown section [constructor]'],
      ['[R024]\nthreshold = "\\x12"', 'line 2: "\\x" must be followed by 4 hexadecimal digits'],
    ])('%j', (text, message) => {
      expect(refused(text)).toContain(message);
    });
  });
});

describe('INI syntax', () => {
  it('reads comments, quotes, escapes and continued lines like rust-ini', () => {
    const { sections, entries } = parseIni(
      '# comment\n  ; indented comment\n[ R038 ]\n  threshold : 0.5 \nname = "  spaced  "\nescaped = a\\;b\\x0041\nlong = one|\\\ntwo\nlast = 1\n',
    );
    expect(sections).toEqual([{ name: 'R038', line: 3 }]);
    expect(entries.map(({ key, value, line }) => [key, value, line])).toEqual([
      ['threshold', '0.5', 4],
      ['name', '  spaced  ', 5],
      ['escaped', 'a;bA', 6],
      ['long', 'one|two', 7],
      ['last', '1', 9],
    ]);
  });
});

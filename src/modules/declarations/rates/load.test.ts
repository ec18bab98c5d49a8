import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/client.ts';
import { referenceVersions } from '../../../platform/reference/schema.ts';
import { createTestPlatform, type TestPlatform } from '../../../platform/testing/test-platform.ts';
import { exchangeRates } from '../schema.ts';
import { importNbkrXml, loadExchangeRates, rateTable } from './load.ts';

const DAILY = (date: string, usd: string) =>
  new Uint8Array(
    Buffer.from(
      `<?xml version="1.0" encoding="windows-1251" ?>
<CurrencyRates Name="Daily Exchange Rates" Date="${date}">
<Currency ISOCode="USD"><Nominal>1</Nominal><Value>${usd}</Value></Currency>
<Currency ISOCode="CNY"><Nominal>1</Nominal><Value>12,8835</Value></Currency>
</CurrencyRates>`,
      'latin1',
    ),
  );

describe('official exchange rates', () => {
  let t: TestPlatform;
  let db: Db;
  const rowCount = async () => (await db.select({ n: count() }).from(exchangeRates))[0]!.n;

  // The platform's seed (seedDeclarations) has loaded data/exchange-rates.json.
  beforeAll(async () => {
    t = await createTestPlatform();
    db = t.database.db;
  });
  afterAll(() => t.close());

  it('holds every day of the cited series for USD, EUR, RUB and KZT', async () => {
    const perCurrency = await db
      .select({ currency: exchangeRates.currency, n: count() })
      .from(exchangeRates)
      .groupBy(exchangeRates.currency)
      .orderBy(exchangeRates.currency);
    expect(perCurrency).toEqual([
      { currency: 'EUR', n: 1854 },
      { currency: 'KZT', n: 1854 },
      { currency: 'RUB', n: 1854 },
      { currency: 'USD', n: 1854 },
    ]);
    const [row] = await db
      .select()
      .from(exchangeRates)
      .where(sql`${exchangeRates.currency} = 'USD' and ${exchangeRates.rateDate} = '2023-12-31'`);
    expect(row).toMatchObject({ rate: '89.085300', nominal: 1 });
    expect(row!.source).toMatch(/nbkr\.kg.*secondary copy/);
  });

  it('loads idempotently: an unchanged file does nothing, a forced reload changes nothing', async () => {
    expect(await loadExchangeRates(db)).toEqual([]);
    await db.delete(referenceVersions).where(eq(referenceVersions.name, 'exchange-rates'));
    expect(await loadExchangeRates(db)).toEqual([
      "declarations: 7416 official exchange rates (USD 1854, EUR 1854, RUB 1854, KZT 1854), 2021-07-03..2026-07-31, from a secondary copy of the National Bank's rates (verify against nbkr.kg)",
    ]);
    expect(await rowCount()).toBe(7416);
  });

  it('converts 1000.00 USD on 31 December 2023 to 89 085.30 som', async () => {
    const rates = await rateTable(db);
    expect(rates.toSom(100_000n, 'USD', '2023-12-31')).toBe(8_908_530n);
    expect(rates.toSom(100_000n, 'KGS', '2023-12-31')).toBe(100_000n);
  });

  it('uses the last rate published on or before a day without one', async () => {
    const rates = await rateTable(db);
    // The copy has no 2026-07-04 (a Saturday): the rate of 3 July applies, as after its last day.
    expect(rates.toSom(100_000n, 'EUR', '2026-07-04')).toBe(
      rates.toSom(100_000n, 'EUR', '2026-07-03'),
    );
    expect(rates.toSom(100_000n, 'EUR', '2026-07-03')).toBe(9_986_790n);
    expect(rates.toSom(100_000n, 'USD', '2027-01-01')).toBe(8_745_000n);
    expect(rates.toSom(100_000n, 'USD', '2021-07-02')).toBeNull();
  });

  it('gives null for a currency without official rates', async () => {
    const rates = await rateTable(db);
    expect(rates.toSom(100_000n, 'JPY', '2023-12-31')).toBeNull();
    expect(rates.currencies()).toEqual(new Set(['KGS', 'EUR', 'KZT', 'RUB', 'USD']));
  });

  it('imports a daily.xml: its rates replace that date, and conversions see them at once', async () => {
    expect(await importNbkrXml(db, DAILY('01.08.2026', '87,5100'))).toEqual({
      date: '2026-08-01',
      currencies: ['USD', 'CNY'],
    });
    await importNbkrXml(db, DAILY('01.08.2026', '87,5200'));
    const rows = await db
      .select()
      .from(exchangeRates)
      .where(eq(exchangeRates.rateDate, '2026-08-01'))
      .orderBy(exchangeRates.currency);
    expect(rows).toEqual([
      {
        currency: 'CNY',
        rateDate: '2026-08-01',
        rate: '12.883500',
        nominal: 1,
        source: 'NBKR daily.xml 2026-08-01',
      },
      {
        currency: 'USD',
        rateDate: '2026-08-01',
        rate: '87.520000',
        nominal: 1,
        source: 'NBKR daily.xml 2026-08-01',
      },
    ]);
    const rates = await rateTable(db);
    expect(rates.toSom(100_000n, 'USD', '2026-08-03')).toBe(8_752_000n);
    expect(rates.toSom(100_000n, 'CNY', '2026-08-01')).toBe(1_288_350n);
    expect(rates.toSom(100_000n, 'USD', '2026-07-31')).toBe(8_745_000n);
  });

  it('refuses a malformed daily.xml without writing anything', async () => {
    const before = await rowCount();
    await expect(importNbkrXml(db, DAILY('01.08.2026', 'n/a'))).rejects.toThrow(
      'NBKR daily.xml: USD Value "n/a" is not a positive decimal',
    );
    expect(await rowCount()).toBe(before);
  });
});

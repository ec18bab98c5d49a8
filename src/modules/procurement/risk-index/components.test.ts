import { describe, expect, it } from 'vitest';
import { type Json, party, process } from '../flags/kyrgyz/testing.ts';
import { corruptionRiskIndex, type TenderCri } from './engine.ts';
import { type CriComponent, DEFAULT_CRI_SETTINGS } from './settings.ts';

function cri(release: Json, foundedOn: (id: string) => string | null = () => null): TenderCri {
  const engine = corruptionRiskIndex(DEFAULT_CRI_SETTINGS, { foundedOn });
  // biome-ignore lint/suspicious/noExplicitAny: tests feed loose JSON
  engine.add(release as any);
  const [tender] = engine.finish().tenders;
  if (tender === undefined) throw new Error('no tender');
  return tender;
}

function status(tender: TenderCri, component: CriComponent): 'risky' | 'safe' | 'unknown' {
  if (tender.risky.includes(component)) return 'risky';
  if (tender.applicable.includes(component)) return 'safe';
  return 'unknown';
}

const period = (start: string, end: string) => ({
  datePublished: start,
  tenderPeriod: { startDate: start, endDate: end },
});

describe('CRI components', () => {
  it('single bid: risky with one bidder, safe with more, unknown without data or for direct', () => {
    const one = cri(process({ ocid: 'o1', bids: [{ tenderer: 'a', amount: 1 }] }));
    expect(status(one, 'singleBid')).toBe('risky');
    expect(one.evidence.singleBid).toEqual([{ path: '/bids/details', value: 1 }]);
    const two = cri(process({ ocid: 'o2', bids: [{ tenderer: 'a' }, { tenderer: 'b' }] }));
    expect(status(two, 'singleBid')).toBe('safe');
    const none = cri(process({ ocid: 'o3' }));
    expect(status(none, 'singleBid')).toBe('unknown');
    expect(none.unknown.singleBid).toBe('number of bidders not published');
    const direct = cri(process({ ocid: 'o4', details: 'singleSource', bids: [{ tenderer: 'a' }] }));
    expect(status(direct, 'singleBid')).toBe('unknown');
  });

  it('no call for tenders: risky for direct contracting, safe when published, else unknown', () => {
    expect(status(cri(process({ ocid: 'o1', details: 'singleSource' })), 'noCall')).toBe('risky');
    expect(status(cri(process({ ocid: 'o2' })), 'noCall')).toBe('safe');
    const unpublished = process({ ocid: 'o3' });
    delete (unpublished.tender as Json).datePublished;
    expect(status(cri(unpublished), 'noCall')).toBe('unknown');
    const notice = process({
      ocid: 'o4',
      tenderExtra: { documents: [{ id: 'd', documentType: 'tenderNotice' }] },
    });
    delete (notice.tender as Json).datePublished;
    expect(status(cri(notice), 'noCall')).toBe('safe');
  });

  it('procedure type: risky when not open, unknown when unclassified or missing', () => {
    expect(status(cri(process({ ocid: 'o1' })), 'nonOpenProcedure')).toBe('safe');
    expect(status(cri(process({ ocid: 'o2', details: 'singleSource' })), 'nonOpenProcedure')).toBe(
      'risky',
    );
    const selective = cri(process({ ocid: 'o3', method: 'selective', details: 'twostage' }));
    expect(selective.evidence.nonOpenProcedure).toEqual([
      { path: '/tender/procurementMethod', value: 'selective' },
    ]);
    expect(status(cri(process({ ocid: 'o4', method: 'lottery' })), 'nonOpenProcedure')).toBe(
      'unknown',
    );
  });

  it('advertisement period: shorter than the minimum for the method is risky', () => {
    const short = cri(process({ ocid: 'o1', tenderExtra: period('2024-03-01', '2024-03-10') }));
    expect(status(short, 'advertisementPeriod')).toBe('risky');
    expect(short.evidence.advertisementPeriod).toEqual([
      { path: '/tender/datePublished', value: '2024-03-01' },
      { path: '/tender/tenderPeriod/endDate', value: '2024-03-10' },
    ]);
    const long = cri(process({ ocid: 'o2', tenderExtra: period('2024-03-01', '2024-03-21') }));
    expect(status(long, 'advertisementPeriod')).toBe('safe');
    const simplified = cri(
      process({
        ocid: 'o3',
        details: 'simplicated',
        tenderExtra: period('2024-03-01', '2024-03-07'),
      }),
    );
    expect(status(simplified, 'advertisementPeriod')).toBe('safe');
    const backwards = cri(process({ ocid: 'o4', tenderExtra: period('2024-03-10', '2024-03-01') }));
    expect(status(backwards, 'advertisementPeriod')).toBe('unknown');
    expect(status(cri(process({ ocid: 'o5' })), 'advertisementPeriod')).toBe('unknown');
  });

  it('decision period: too long or too short is risky, auctions may decide at once', () => {
    const tender = period('2024-01-01', '2024-03-10');
    const long = cri(
      process({ ocid: 'o1', tenderExtra: tender, winner: 's', awardDate: '2024-06-01' }),
    );
    expect(status(long, 'decisionPeriod')).toBe('risky');
    const same = cri(
      process({ ocid: 'o2', tenderExtra: tender, winner: 's', awardDate: '2024-03-10' }),
    );
    expect(status(same, 'decisionPeriod')).toBe('risky');
    const auction = cri(
      process({
        ocid: 'o3',
        details: 'downgrade',
        tenderExtra: tender,
        winner: 's',
        awardDate: '2024-03-10',
      }),
    );
    expect(status(auction, 'decisionPeriod')).toBe('safe');
    const normal = cri(
      process({ ocid: 'o4', tenderExtra: tender, winner: 's', awardDate: '2024-03-20' }),
    );
    expect(status(normal, 'decisionPeriod')).toBe('safe');
    expect(status(cri(process({ ocid: 'o5', tenderExtra: tender })), 'decisionPeriod')).toBe(
      'unknown',
    );
  });

  it('tax haven: a winner registered in a listed jurisdiction', () => {
    const winnerIn = (ocid: string, extra: Json) =>
      process({ ocid, winner: 's1', tenderers: [party('s1', ['supplier'], extra)] });
    const bvi = cri(winnerIn('o1', { address: { countryName: 'Британские Виргинские острова' } }));
    expect(status(bvi, 'taxHaven')).toBe('risky');
    expect(bvi.evidence.taxHaven).toContainEqual({
      path: '/parties/1/address/countryName',
      value: 'Британские Виргинские острова',
    });
    expect(
      status(cri(winnerIn('o2', { identifier: { scheme: 'VG-BC', id: '1' } })), 'taxHaven'),
    ).toBe('risky');
    expect(
      status(cri(winnerIn('o3', { address: { countryName: 'Kyrgyzstan' } })), 'taxHaven'),
    ).toBe('safe');
    expect(status(cri(winnerIn('o4', { address: {} })), 'taxHaven')).toBe('unknown');
    expect(status(cri(process({ ocid: 'o5' })), 'taxHaven')).toBe('unknown');
  });

  it('new supplier: founded less than a year before the award, per the registry facts', () => {
    const release = process({ ocid: 'o1', winner: 's1', awardDate: '2024-03-10' });
    const young = cri(release, () => '2024-01-01');
    expect(status(young, 'newSupplier')).toBe('risky');
    expect(young.evidence.newSupplier).toContainEqual({
      path: 'registry: founded on',
      value: '2024-01-01',
    });
    expect(
      status(
        cri(release, () => '2015-06-01'),
        'newSupplier',
      ),
    ).toBe('safe');
    expect(
      status(
        cri(release, () => null),
        'newSupplier',
      ),
    ).toBe('unknown');
    expect(
      status(
        cri(release, () => 'not a date'),
        'newSupplier',
      ),
    ).toBe('unknown');
    expect(
      status(
        cri(release, () => '2030-01-01'),
        'newSupplier',
      ),
    ).toBe('unknown');
    const broken = () => {
      throw new Error('registry down');
    };
    expect(status(cri(release, broken), 'newSupplier')).toBe('unknown');
  });
});

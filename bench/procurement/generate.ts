// Synthetic compiled releases in the shape of the Kyrgyz e-procurement system's OCDS (prefix
// ocds-h7i0z4): parties with addresses and contacts, a buyer, a tender with items, OKGZ
// classifications, a tender period, value, method and method details, bids with tenderers,
// statuses and values, awards and contracts. Deterministic for a seed, so every engine's
// benchmark reads the same data. Streamed to disk: a million releases never sit in memory.
import { createWriteStream } from 'node:fs';
import type {
  CompiledRelease,
  OcdsBid,
  OcdsItem,
  OcdsParty,
} from '../../src/modules/procurement/ocds/release.ts';

export type GeneratorOptions = {
  seed?: number;
  /** Procuring organisations (ministries, municipalities, schools, hospitals). */
  buyers?: number;
  /** Companies and individual entrepreneurs that bid. */
  suppliers?: number;
};

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same releases. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  'г. Бишкек',
  'г. Ош',
  'Чуйская область',
  'Ошская область',
  'Джалал-Абадская область',
  'Иссык-Кульская область',
  'Нарынская область',
  'Таласская область',
  'Баткенская область',
];

const BUYER_KINDS = [
  'Министерство',
  'Мэрия',
  'Айыл окмоту',
  'Средняя школа',
  'Центр семейной медицины',
  'Территориальная больница',
  'Управление образования',
  'Государственное агентство',
];

const SUPPLIER_FORMS = ['ОсОО', 'ИП', 'ОАО', 'ЗАО'];

/** Method, method details (as the Kyrgyz system names its procedures) and their share. */
const METHODS: [string, string, number][] = [
  ['open', 'oneStage', 0.42],
  ['open', 'simplified', 0.25],
  ['open', 'twoStage', 0.04],
  ['open', 'electronicReverseAuction', 0.06],
  ['selective', 'preQualification', 0.03],
  ['limited', 'limitedTender', 0.03],
  ['direct', 'directContract', 0.17],
];

const CATEGORIES = ['goods', 'works', 'services'];

/** OKGZ codes (8 digits, CPV-like hierarchy): 40 divisions, a few classes each. */
const CODES: string[] = [];
for (let division = 0; division < 40; division++) {
  const head = String(15 + division * 2).padStart(2, '0');
  for (let k = 0; k < 8; k++) CODES.push(`${head}${String(100 + k * 37).padStart(3, '0')}000`);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A timestamp in Bishkek time (UTC+6), as the Kyrgyz system publishes them. */
function isoDate(ms: number): string {
  return `${new Date(ms + 6 * 3_600_000).toISOString().slice(0, 19)}+06:00`;
}

/** `count` compiled releases, one at a time (ocids ocds-h7i0z4-…, in order). */
export function* generateReleases(
  count: number,
  options: GeneratorOptions = {},
): Generator<CompiledRelease> {
  const rand = random(options.seed ?? 2026);
  const buyerCount = options.buyers ?? 2_500;
  const supplierCount = options.suppliers ?? 40_000;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Few suppliers bid often, most rarely: a power law over the pool.
  const supplierIndex = () => Math.floor(supplierCount * rand() ** 2.5);
  const buyerIndex = () => Math.floor(buyerCount * rand() ** 1.5);
  const inn = (kind: number, n: number) => `KG-INN-${kind}${pad(n * 7919 + 104729, 13)}`;
  const buyerParty = (n: number): OcdsParty => ({
    id: inn(0, n),
    name: `${BUYER_KINDS[n % BUYER_KINDS.length]} №${n}`,
    identifier: {
      scheme: 'KG-INN',
      id: inn(0, n).slice(7),
      legalName: `${BUYER_KINDS[n % BUYER_KINDS.length]} №${n}`,
    },
    address: {
      region: REGIONS[n % REGIONS.length],
      locality: REGIONS[n % REGIONS.length],
      countryName: 'Кыргызстан',
    },
    contactPoint: {
      name: `Отдел закупок ${n}`,
      email: `zakupki${n}@gov.kg`,
      telephone: `+996 312 ${pad(n % 1_000_000, 6)}`,
    },
  });
  const supplierRef = (n: number) => ({
    id: inn(1, n),
    name: `${SUPPLIER_FORMS[n % 4]} «Компания ${n}»`,
  });
  const supplierParty = (n: number, roles: string[]): OcdsParty => ({
    ...supplierRef(n),
    identifier: { scheme: 'KG-INN', id: inn(1, n).slice(7) },
    address: { region: REGIONS[(n * 7) % REGIONS.length], countryName: 'Кыргызстан' },
    contactPoint: { email: `info${n}@company.kg`, telephone: `+996 555 ${pad(n % 1_000_000, 6)}` },
    roles,
  });
  const start = Date.UTC(2022, 0, 1);
  const span = 3 * 365 * 86_400_000;

  for (let i = 0; i < count; i++) {
    const ocid = `ocds-h7i0z4-${2_200_000_000_000 + i * 13}`;
    const buyer = buyerIndex();
    const published = start + Math.floor(rand() * span);
    let draw = rand();
    let method = METHODS[0]!;
    for (const m of METHODS) {
      draw -= m[2];
      if (draw < 0) {
        method = m;
        break;
      }
    }
    const [procurementMethod, procurementMethodDetails] = method;
    const direct = procurementMethod === 'direct';
    const statusDraw = rand();
    const status =
      statusDraw < 0.03
        ? 'cancelled'
        : statusDraw < 0.15
          ? 'unsuccessful'
          : statusDraw < 0.2
            ? 'active'
            : 'complete';
    const currency = rand() < 0.005 ? 'USD' : 'KGS';
    const budget = Math.round(Math.exp(10 + rand() * 4) * 100) / 100;
    const periodDays = direct
      ? 1
      : procurementMethodDetails === 'simplified'
        ? 3 + Math.floor(rand() * 10)
        : 8 + Math.floor(rand() * 25);
    const endDate = published + periodDays * 86_400_000 - Math.floor(rand() * 3_600_000);
    const division = Math.floor(rand() * CODES.length);
    const items: OcdsItem[] = [];
    const itemCount = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < itemCount; k++) {
      const code = rand() < 0.8 ? CODES[(division + k) % CODES.length]! : pick(CODES);
      items.push({
        id: `${i}-${k + 1}`,
        description: `Товар ${code}`,
        classification: { scheme: 'OKGZ', id: code, description: `Позиция ${code}` },
        quantity: 1 + Math.floor(rand() * 200),
        unit: {
          name: 'штука',
          value: { amount: Math.round((budget / itemCount) * 100) / 100, currency },
        },
      });
    }

    const bidCount = direct ? 1 : status === 'active' ? 0 : Math.floor(rand() * rand() * 9);
    const bidders = new Set<number>();
    while (bidders.size < bidCount) bidders.add(supplierIndex());
    const details: OcdsBid[] = [];
    const bidder = new Map<OcdsBid, number>();
    for (const n of bidders) {
      const s = rand();
      const bidStatus =
        s < 0.15 ? 'disqualified' : s < 0.18 ? 'withdrawn' : s < 0.19 ? 'invited' : 'valid';
      const late = rand() < 0.02;
      const bid: OcdsBid = {
        id: `${i}-bid-${n}`,
        date: isoDate(
          late ? endDate + 3_600_000 : published + Math.floor(rand() * (endDate - published)),
        ),
        status: bidStatus,
        tenderers:
          rand() < 0.01 ? [supplierRef(n), supplierRef((n + 1) % supplierCount)] : [supplierRef(n)],
        // A few bidders in a process quote the same price; most differ.
        value: {
          amount: rand() < 0.02 ? budget : Math.round(budget * (0.7 + rand() * 0.4) * 100) / 100,
          currency,
        },
      };
      details.push(bid);
      bidder.set(bid, n);
    }

    const awards: CompiledRelease['awards'] = [];
    const contracts: CompiledRelease['contracts'] = [];
    const valid = details.filter((b) => b.status === 'valid');
    const winners = new Set<number>();
    if (valid.length > 0 && status !== 'cancelled') {
      valid.sort((a, b) => (a.value!.amount ?? 0) - (b.value!.amount ?? 0));
      if (rand() < 0.05) {
        awards.push({
          id: `${i}-award-0`,
          status: 'cancelled',
          suppliers: [valid[0]!.tenderers![0]!],
          items,
        });
      }
      const lots = rand() < 0.1 && valid.length > 1 ? 2 : 1;
      for (let lot = 0; lot < lots; lot++) {
        const bid = rand() < 0.8 ? valid[lot]! : pick(valid);
        const awardStatus = status === 'active' ? 'pending' : 'active';
        const awardItems = lots === 1 ? items : items.filter((_, k) => k % lots === lot);
        const award = {
          id: `${i}-award-${lot + 1}`,
          status: awardStatus,
          date: isoDate(endDate + 5 * 86_400_000),
          value: bid.value,
          suppliers: bid.tenderers!.slice(0, 1),
          items: awardItems,
          relatedBid: String(bid.id),
        };
        awards.push(award);
        winners.add(bidder.get(bid)!);
        if (awardStatus === 'active') {
          contracts.push({
            id: `${i}-contract-${lot + 1}`,
            awardID: award.id,
            status: rand() < 0.05 ? 'terminated' : 'active',
            value: bid.value,
            dateSigned: isoDate(endDate + 10 * 86_400_000),
            period: {
              startDate: isoDate(endDate + 10 * 86_400_000),
              endDate: isoDate(endDate + 100 * 86_400_000),
            },
          });
        }
      }
    }

    const parties: OcdsParty[] = [{ ...buyerParty(buyer), roles: ['buyer', 'procuringEntity'] }];
    for (const n of bidders)
      parties.push(supplierParty(n, winners.has(n) ? ['tenderer', 'supplier'] : ['tenderer']));
    const procuringEntity = rand() < 0.9 ? buyer : buyerIndex();

    yield {
      ocid,
      id: `${ocid}-${published}`,
      date: isoDate(published + periodDays * 86_400_000),
      tag: ['compiled'],
      initiationType: 'tender',
      language: 'ru',
      parties,
      buyer: { id: inn(0, buyer), name: parties[0]!.name },
      tender: {
        id: `${2_200_000_000_000 + i * 13}`,
        title: `Закупка ${items[0]!.classification!.description}`,
        status,
        procurementMethod,
        procurementMethodDetails,
        mainProcurementCategory: CATEGORIES[division % 3],
        value: { amount: budget, currency },
        items,
        tenderPeriod: { startDate: isoDate(published), endDate: isoDate(endDate) },
        datePublished: isoDate(published),
        numberOfTenderers: details.filter((b) => b.status !== 'invited').length,
        procuringEntity: {
          id: inn(0, procuringEntity),
          name: `${BUYER_KINDS[procuringEntity % BUYER_KINDS.length]} №${procuringEntity}`,
        },
      },
      bids: { details },
      awards,
      contracts,
    };
  }
}

/** Writes `count` releases, one JSON line each, streaming (respecting the disk's pace). */
export async function writeReleases(
  path: string,
  count: number,
  options: GeneratorOptions = {},
): Promise<{ releases: number; bytes: number }> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let batch = '';
  const flush = async () => {
    bytes += Buffer.byteLength(batch);
    if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    batch = '';
  };
  for (const release of generateReleases(count, options)) {
    batch += `${JSON.stringify(release)}\n`;
    if (batch.length >= 1 << 20) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return { releases: count, bytes };
}

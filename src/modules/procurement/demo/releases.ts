import { seededRandom } from '../../../platform/demo-random.ts';
import { DEMO_BARRED_SUPPLIER_INN } from '../barred/demo-seed.ts';
import type { CompiledRelease, OcdsParty } from '../ocds/release.ts';

/**
 * Synthetic procurement data in the shape the Kyrgyz e-procurement system publishes (OCDS,
 * prefix ocds-h7i0z4, the portal's procurementMethodDetails codes), for the demo only: every
 * OCID carries "SYN", every supplier is an invented company named as such. Buyers are real
 * state bodies (by their official Russian names) so the civic concerns reach their officers.
 */

type Buyer = { code: string; name: string; region: string };

export const BUYERS: Buyer[] = [
  {
    code: 'ministry-of-justice',
    name: 'Министерство юстиции Кыргызской Республики',
    region: 'г. Бишкек',
  },
  {
    code: 'ministry-of-finance',
    name: 'Министерство финансов Кыргызской Республики',
    region: 'г. Бишкек',
  },
  {
    code: 'ministry-of-health',
    name: 'Министерство здравоохранения Кыргызской Республики',
    region: 'г. Бишкек',
  },
  {
    code: 'ministry-of-transport-and-roads',
    name: 'Министерство транспорта и дорог Кыргызской Республики',
    region: 'г. Бишкек',
  },
  {
    code: 'ministry-of-education-and-science',
    name: 'Министерство образования и науки Кыргызской Республики',
    region: 'г. Бишкек',
  },
  { code: 'osh-city-hall', name: 'Мэрия города Ош', region: 'г. Ош' },
  { code: 'bishkek-city-hall', name: 'Мэрия города Бишкек', region: 'г. Бишкек' },
  {
    code: 'oblast-plenipotentiary-batken',
    name: 'Аппарат полномочного представителя Правительства Кыргызской Республики в Баткенской области',
    region: 'Баткенская область',
  },
  {
    code: 'oblast-plenipotentiary-jalal-abad',
    name: 'Аппарат полномочного представителя Правительства Кыргызской Республики в Джалал-Абадской области',
    region: 'Джалал-Абадская область',
  },
];

/** CPV codes (the classification the portal uses) with what they buy. */
export const CATEGORIES: [string, string][] = [
  ['30190000', 'Канцелярские товары (демо)'],
  ['30213000', 'Персональные компьютеры (демо)'],
  ['45233140', 'Ремонт дорог (демо)'],
  ['45453000', 'Капитальный ремонт здания (демо)'],
  ['33600000', 'Лекарственные средства (демо)'],
  ['15800000', 'Продукты питания (демо)'],
  ['79710000', 'Охранные услуги (демо)'],
  ['09130000', 'Горюче-смазочные материалы (демо)'],
];

const METHODS: [string, string][] = [
  ['open', 'oneStage'],
  ['open', 'oneStage'],
  ['open', 'simplicated'],
  ['open', 'twostage'],
  ['open', 'downgrade'],
  ['direct', 'singleSource'],
];

/** Made-up INNs: 0 (a legal entity), a registration date, five digits. */
const SUPPLIERS = Array.from({ length: 36 }, (_, i) => {
  const day = String((i % 27) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    inn: `0${day}${month}${2005 + (i % 18)}${String(10_000 + i * 37).slice(-5)}`,
    name: `«Демо Жеткирүүчү ${i + 1}» ЖЧК (синтетикалык)`,
  };
});
const STORY_COMPANY = { inn: 'SYN-01203201910042', name: '«Ак-Суу Курулуш» ЖЧК (демо)' };
const BARRED = { inn: DEMO_BARRED_SUPPLIER_INN, name: '«Демо Курулуш» ЖЧК (синтетикалык)' };

const supplierParty = (
  s: { inn: string; name: string },
  roles: string[],
  phone?: string,
): OcdsParty => ({
  id: `KG-INN-${s.inn}`,
  name: s.name,
  identifier: { scheme: 'KG-INN', id: s.inn, legalName: s.name },
  address: { countryName: 'Кыргызстан', locality: 'Бишкек' },
  contactPoint: { telephone: phone ?? `+996 312 ${s.inn.slice(-6)}` },
  roles,
});

const iso = (day: Date) => day.toISOString().replace('.000Z', 'Z');
const addDays = (day: Date, n: number) => new Date(day.getTime() + n * 86_400_000);

type Plan = {
  n: number;
  buyer: Buyer;
  category: [string, string];
  method: [string, string];
  published: Date;
  bidders: { inn: string; name: string }[];
  amount: number;
  ocid?: string;
  sharedPhone?: boolean;
};

function release(plan: Plan, r: ReturnType<typeof seededRandom>): CompiledRelease {
  const ocid =
    plan.ocid ??
    `ocds-h7i0z4-SYN-${plan.published.getUTCFullYear()}-${String(plan.n).padStart(4, '0')}`;
  const buyerId = `KG-SYN-${plan.buyer.code}`;
  const [method, details] = plan.method;
  const tenderEnd = addDays(plan.published, method === 'direct' ? 0 : r.int(5, 20));
  const bids = plan.bidders.map((b, i) => ({
    id: `${ocid}-bid-${i + 1}`,
    date: iso(addDays(tenderEnd, -1)),
    status: 'valid',
    tenderers: [{ id: `KG-INN-${b.inn}`, name: b.name }],
    value: { amount: Math.round(plan.amount * (0.8 + r.next() * 0.35)), currency: 'KGS' },
  }));
  const winning = bids.length
    ? bids.reduce((low, bid) => (bid.value.amount < low.value.amount ? bid : low))
    : null;
  const winner = winning ? plan.bidders[bids.indexOf(winning)]! : null;
  const awardDate = addDays(tenderEnd, r.int(3, 25));
  const sharedPhone = plan.sharedPhone ? '+996 555 010203' : undefined;
  return {
    ocid,
    id: `${ocid}-${iso(awardDate)}`,
    date: iso(addDays(awardDate, 5)),
    tag: ['compiled'],
    initiationType: 'tender',
    language: 'ru',
    buyer: { id: buyerId, name: plan.buyer.name },
    parties: [
      {
        id: buyerId,
        name: plan.buyer.name,
        address: { region: plan.buyer.region, countryName: 'Кыргызстан' },
        roles: ['buyer', 'procuringEntity'],
      },
      ...plan.bidders.map((b, i) =>
        supplierParty(
          b,
          winner === b ? ['tenderer', 'supplier'] : ['tenderer'],
          sharedPhone && i < 2 ? sharedPhone : undefined,
        ),
      ),
    ],
    tender: {
      id: `${ocid}-tender`,
      title: plan.category[1],
      status: 'complete',
      procurementMethod: method,
      procurementMethodDetails: details,
      mainProcurementCategory: plan.category[0].startsWith('45') ? 'works' : 'goods',
      value: { amount: plan.amount, currency: 'KGS' },
      datePublished: iso(plan.published),
      tenderPeriod: { startDate: iso(plan.published), endDate: iso(tenderEnd) },
      awardPeriod: { startDate: iso(tenderEnd), endDate: iso(awardDate) },
      numberOfTenderers: plan.bidders.length,
      procuringEntity: { id: buyerId, name: plan.buyer.name },
      items: [
        {
          id: '1',
          description: plan.category[1],
          classification: { scheme: 'CPV', id: plan.category[0], description: plan.category[1] },
          quantity: 1,
        },
      ],
    },
    bids: { details: bids },
    awards: winner
      ? [
          {
            id: `${ocid}-award-1`,
            status: 'active',
            date: iso(awardDate),
            value: winning!.value,
            suppliers: [{ id: `KG-INN-${winner.inn}`, name: winner.name }],
          },
        ]
      : [],
    contracts: winner
      ? [
          {
            id: `${ocid}-contract-1`,
            awardID: `${ocid}-award-1`,
            status: 'active',
            value: winning!.value,
            dateSigned: iso(addDays(awardDate, 3)),
          },
        ]
      : [],
  };
}

/**
 * About 240 processes over 2024-2026 with the stories the red flags look for: a buyer whose
 * tenders keep drawing one bidder, bidders sharing a telephone, direct contracts without a
 * ground, a supplier that only ever wins with one buyer, and an award to a barred company.
 */
export function demoReleases(): CompiledRelease[] {
  const r = seededRandom(6_2025);
  // The conflicts demo's story: the ministry contracts the company the official's spouse directs
  // (the relations graph already holds this contract under the same OCID).
  const plans: Plan[] = [
    {
      n: 1,
      ocid: 'ocds-h7i0z4-SYN-2025-0001',
      buyer: BUYERS[1]!,
      category: CATEGORIES[3]!,
      method: ['open', 'oneStage'],
      published: new Date(Date.UTC(2025, 1, 10, 4)),
      bidders: [STORY_COMPANY, SUPPLIERS[5]!],
      amount: 12_450_000,
    },
  ];
  let n = 1;
  for (let i = 0; i < 210; i++) {
    const year = r.pick([2024, 2025, 2026]);
    const published = new Date(Date.UTC(year, r.int(0, year === 2026 ? 8 : 11), r.int(1, 28), 4));
    const method = r.pick(METHODS);
    const count = method[0] === 'direct' ? 1 : r.pick([1, 1, 2, 3, 3, 4, 5]);
    const bidders = new Set<{ inn: string; name: string }>();
    while (bidders.size < count) bidders.add(r.pick(SUPPLIERS));
    plans.push({
      n: ++n,
      buyer: r.pick(BUYERS),
      category: r.pick(CATEGORIES),
      method,
      published,
      bidders: [...bidders],
      amount: r.int(50, 8_000) * 1_000,
      sharedPhone: count >= 2 && r.chance(0.05),
    });
  }
  // The Ministry of Transport and Roads: 24 single-bidder road tenders within a year.
  const roads = BUYERS.find((b) => b.code === 'ministry-of-transport-and-roads')!;
  for (let i = 0; i < 24; i++) {
    plans.push({
      n: ++n,
      buyer: roads,
      category: CATEGORIES[2]!,
      method: ['open', 'oneStage'],
      published: new Date(Date.UTC(2026, i % 9, (i % 27) + 1, 4)),
      bidders: [SUPPLIERS[i % 3]!],
      amount: r.int(2_000, 30_000) * 1_000,
    });
  }
  // A barred company wins a single-bidder tender of the Ministry of Justice while barred.
  plans.push({
    n: ++n,
    buyer: BUYERS[0]!,
    category: CATEGORIES[3]!,
    method: ['open', 'oneStage'],
    published: new Date(Date.UTC(2026, 4, 12, 4)),
    bidders: [BARRED],
    amount: 4_850_000,
  });
  return plans.map((plan) => release(plan, r));
}

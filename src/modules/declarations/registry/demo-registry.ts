import { type SeededRandom, seededRandom } from '../../../platform/demo-random.ts';
import type { registryCompanyRoles, registryRealEstate, registryVehicles } from '../schema.ts';

/**
 * Synthetic registry extracts for demos, tests and benchmarks: the same persons and seed always
 * give the same rows. Every row is marked synthetic and every record id starts with "SYN-", so
 * no one can take it for a real cadastral number, VIN or company.
 */

export interface RegistryPerson {
  pin: string;
  /** Relatives' PINs: they get fewer records than the declarant. */
  relatives: readonly string[];
}

export interface SyntheticRegistry {
  realEstate: (typeof registryRealEstate.$inferInsert)[];
  vehicles: (typeof registryVehicles.$inferInsert)[];
  companyRoles: (typeof registryCompanyRoles.$inferInsert)[];
}

/** The first day of data/exchange-rates.json. */
const FIRST_RATE_DAY = '2021-07-03';

const prng = seededRandom;
type Random = SeededRandom;

interface Place {
  /** Region code in synthetic cadastral numbers (1 Bishkek ... 9 Osh city). */
  region: number;
  address: (r: Random) => string;
  /** Plate region code. */
  plate: string;
}

const BISHKEK_STREETS = [
  'пр. Чуй',
  'пр. Манаса',
  'пр. Жибек Жолу',
  'ул. Киевская',
  'ул. Токтогула',
  'ул. Ибраимова',
  'ул. Московская',
  'ул. Ахунбаева',
  'ул. Исанова',
  'ул. Байтик Баатыра',
];
const BISHKEK_DISTRICTS = ['Ленинский', 'Октябрьский', 'Первомайский', 'Свердловский'];
const BISHKEK_MICRODISTRICTS = ['Джал-29', 'Асанбай', 'Восток-5', 'Тунгуч', '12', 'Кок-Жар'];
const CHUI_VILLAGES = [
  'Аламудунский р-н, с. Лебединовка',
  'Аламудунский р-н, с. Кой-Таш',
  'Сокулукский р-н, с. Сокулук',
  'Сокулукский р-н, с. Новопавловка',
  'Ысык-Атинский р-н, г. Кант',
];
const OSH_STREETS = ['ул. Ленина', 'ул. Курманжан Датки', 'ул. Навои', 'пр. Масалиева'];

const PLACES: readonly Place[] = [
  {
    region: 1,
    plate: '01',
    address: (r) =>
      r.chance(0.5)
        ? `г. Бишкек, ${r.pick(BISHKEK_DISTRICTS)} р-н, ${r.pick(BISHKEK_STREETS)}, д. ${r.int(1, 240)}, кв. ${r.int(1, 120)}`
        : `г. Бишкек, мкр. ${r.pick(BISHKEK_MICRODISTRICTS)}, д. ${r.int(1, 60)}, кв. ${r.int(1, 90)}`,
  },
  {
    region: 9,
    plate: '02',
    address: (r) => `г. Ош, ${r.pick(OSH_STREETS)}, д. ${r.int(1, 300)}`,
  },
  {
    region: 8,
    plate: '08',
    address: (r) =>
      `Чуйская обл., ${r.pick(CHUI_VILLAGES)}, ул. ${r.pick(['Садовая', 'Мира', 'Ленина', 'Школьная'])}, д. ${r.int(1, 150)}`,
  },
  {
    region: 2,
    plate: '09',
    address: (r) =>
      `Иссык-Кульская обл., ${r.pick(['г. Чолпон-Ата', 'с. Бостери', 'г. Каракол', 'с. Тамчы'])}, ул. ${r.pick(['Советская', 'Набережная', 'Курортная'])}, д. ${r.int(1, 200)}`,
  },
  {
    region: 3,
    plate: '04',
    address: (r) =>
      `Джалал-Абадская обл., г. Джалал-Абад, ул. ${r.pick(['Ленина', 'Токтогула', 'Эркин-Тоо'])}, д. ${r.int(1, 180)}`,
  },
  {
    region: 4,
    plate: '05',
    address: (r) =>
      `Нарынская обл., г. Нарын, ул. ${r.pick(['Ленина', 'Орозбакова'])}, д. ${r.int(1, 120)}`,
  },
  {
    region: 5,
    plate: '07',
    address: (r) =>
      `Таласская обл., г. Талас, ул. ${r.pick(['Бердике Баатыра', 'Сарыгулова'])}, д. ${r.int(1, 120)}`,
  },
  {
    region: 6,
    plate: '03',
    address: (r) =>
      `Баткенская обл., г. Баткен, ул. ${r.pick(['Ленина', 'Исанова'])}, д. ${r.int(1, 100)}`,
  },
];

/** Most property is in Bishkek and around it; then Issyk-Kul houses, Osh, the regions. */
const placeFor = (r: Random): Place =>
  r.pick([
    PLACES[0]!,
    PLACES[0]!,
    PLACES[0]!,
    PLACES[2]!,
    PLACES[2]!,
    PLACES[3]!,
    PLACES[1]!,
    ...PLACES,
  ]);

const VEHICLES: readonly { kind: 'car' | 'truck' | 'motorcycle'; make: string; model: string }[] = [
  { kind: 'car', make: 'Toyota', model: 'Camry' },
  { kind: 'car', make: 'Toyota', model: 'Camry' },
  { kind: 'car', make: 'Toyota', model: 'Land Cruiser 200' },
  { kind: 'car', make: 'Toyota', model: 'RAV4' },
  { kind: 'car', make: 'Toyota', model: 'Alphard' },
  { kind: 'car', make: 'Lexus', model: 'LX 570' },
  { kind: 'car', make: 'Lexus', model: 'RX 350' },
  { kind: 'car', make: 'Honda', model: 'Fit' },
  { kind: 'car', make: 'Honda', model: 'Fit' },
  { kind: 'car', make: 'Honda', model: 'CR-V' },
  { kind: 'car', make: 'Honda', model: 'Odyssey' },
  { kind: 'car', make: 'Mercedes-Benz', model: 'E 200' },
  { kind: 'car', make: 'Mercedes-Benz', model: 'S 500' },
  { kind: 'car', make: 'Hyundai', model: 'Sonata' },
  { kind: 'car', make: 'Kia', model: 'K5' },
  { kind: 'car', make: 'Subaru', model: 'Forester' },
  { kind: 'car', make: 'Volkswagen', model: 'Passat' },
  { kind: 'car', make: 'Chevrolet', model: 'Cobalt' },
  { kind: 'car', make: 'Daewoo', model: 'Nexia' },
  { kind: 'car', make: 'Lada', model: 'Niva' },
  { kind: 'truck', make: 'Hyundai', model: 'Porter' },
  { kind: 'truck', make: 'Isuzu', model: 'Elf' },
  { kind: 'truck', make: 'KAMAZ', model: '65115' },
  { kind: 'motorcycle', make: 'Honda', model: 'CB 400' },
];

const COMPANY_NAMES = [
  'ОсОО «Ала-Тоо Курулуш»',
  'ОсОО «Ак-Суу Агро»',
  'ОсОО «Тянь-Шань Логистик»',
  'ОсОО «Нур Трейд»',
  'ОсОО «Сапат Строй»',
  'ОсОО «Кыял Тур»',
  'ОсОО «Бермет Фарм»',
  'ОсОО «Алтын Дан»',
  'ОАО «Ысык-Көл Санаторий»',
  'ОсОО «Эмгек Сервис»',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dateBetween = (r: Random, fromYear: number, toYear: number) =>
  `${r.int(fromYear, toYear)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
/** Som amounts rounded to thousands, in tyiyn. */
const som = (r: Random, min: number, max: number) =>
  BigInt(r.int(Math.ceil(min / 1000), Math.floor(max / 1000))) * 100_000n;

/** VIN alphabet: digits and capitals without I, O, Q. */
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const PLATE_LETTERS = 'ABCDEHKMNOPSTXY';

/** The latest year synthetic records reach, so none lies in the future of the demo's declarations. */
const LAST_YEAR = 2025;

/**
 * Registry rows for these persons: per declarant typically an apartment, sometimes a house with
 * (or, now and then, without) its land, a car or two and a company; relatives fewer. Prices are
 * sometimes missing or zero, sometimes in US dollars, as in real extracts. Record ids are unique
 * within one call.
 */
export function syntheticRegistryFor(
  persons: readonly RegistryPerson[],
  seed: number,
): SyntheticRegistry {
  const r = prng(seed);
  const out: SyntheticRegistry = { realEstate: [], vehicles: [], companyRoles: [] };
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const id = make();
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  /** Region-district-zone-quarter-plot, and the apartment for apartments. */
  const cadastral = (place: Place, suffix = '') =>
    unique(
      () =>
        `SYN-${place.region}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 30), 2)}-${pad(r.int(1, 999), 4)}-${pad(r.int(1, 9999), 4)}${suffix}`,
    );

  type Kind = 'apartment' | 'house' | 'land' | 'non_residential';
  const PRICES: Record<Kind, [number, number]> = {
    apartment: [3_000_000, 14_000_000],
    house: [5_000_000, 30_000_000],
    land: [400_000, 6_000_000],
    non_residential: [4_000_000, 45_000_000],
  };
  const AREAS: Record<Kind, () => number> = {
    apartment: () => r.int(35, 160),
    house: () => r.int(90, 450),
    land: () => r.int(4, 25) * 100,
    non_residential: () => r.int(30, 600),
  };

  const addRealEstate = (
    pin: string,
    kind: Kind,
    recordId: string,
    address: string,
    acquiredOn: string,
    sharePercent: number,
  ) => {
    // Prices of today's size for recent purchases, a fraction of it in the late 1990s.
    const year = Number(acquiredOn.slice(0, 4));
    const scale = 0.15 + (0.85 * (year - 1998)) / (LAST_YEAR - 1998);
    const [min, max] = PRICES[kind].map((v) => v * scale) as [number, number];
    let priceTyiyn: bigint | null = null;
    let priceCurrency: string | null = null;
    const priced = r.next();
    if (priced < 0.06) {
      // Privatised or received free.
      priceTyiyn = 0n;
      priceCurrency = 'KGS';
    } else if (priced < 0.3 && acquiredOn >= FIRST_RATE_DAY) {
      // Dollar prices only where the rates table (from 2021-07-03) can convert them.
      priceTyiyn = som(r, min / 88, max / 88);
      priceCurrency = 'USD';
    } else if (priced < 0.85) {
      priceTyiyn = som(r, min, max);
      priceCurrency = 'KGS';
    }
    out.realEstate.push({
      recordId,
      ownerPin: pin,
      kind,
      area: AREAS[kind](),
      address,
      sharePercent,
      acquiredOn,
      priceTyiyn,
      priceCurrency,
      synthetic: true,
    });
  };
  const share = () => r.pick([100, 100, 100, 100, 50, 50, 25]);

  const addProperty = (pin: string, declarant: boolean) => {
    if (r.chance(declarant ? 0.85 : 0.35)) {
      // Apartments: mostly Bishkek, then Osh, Jalal-Abad and Cholpon-Ata.
      const place = PLACES[r.pick([0, 0, 0, 0, 0, 1, 1, 4, 3])]!;
      const address = place.address(r);
      addRealEstate(
        pin,
        'apartment',
        cadastral(place, `-${pad(r.int(1, 200), 3)}`),
        address.includes('кв.') ? address : `${address}, кв. ${r.int(1, 90)}`,
        dateBetween(r, 1998, LAST_YEAR),
        share(),
      );
    }
    if (r.chance(declarant ? 0.45 : 0.15)) {
      // A house and its plot: one parcel, the building numbered on it.
      const place = PLACES[r.pick([2, 2, 3, 1, 4])]!;
      const address = place.address(r);
      const acquiredOn = dateBetween(r, 2000, LAST_YEAR);
      const sharePercent = share();
      const plot = cadastral(place);
      addRealEstate(
        pin,
        'house',
        unique(() => `${plot}-01`),
        address,
        acquiredOn,
        sharePercent,
      );
      // A house without its land is one of the flags analysts look for: keep a few.
      if (r.chance(0.85)) addRealEstate(pin, 'land', plot, address, acquiredOn, sharePercent);
    }
    if (r.chance(declarant ? 0.15 : 0.05)) {
      const place = placeFor(r);
      const where = place.address(r).replace(/, (д|кв)\. .*$/, '');
      addRealEstate(
        pin,
        'land',
        cadastral(place),
        `${where}, участок ${r.int(1, 400)}`,
        dateBetween(r, 2005, LAST_YEAR),
        share(),
      );
    }
    if (r.chance(declarant ? 0.1 : 0.04)) {
      const place = placeFor(r);
      addRealEstate(
        pin,
        'non_residential',
        cadastral(place),
        place.address(r).replace(/, кв\. \d+$/, ''),
        dateBetween(r, 2008, LAST_YEAR),
        share(),
      );
    }
  };

  const addVehicles = (pin: string, declarant: boolean) => {
    const count = declarant ? r.pick([0, 1, 1, 1, 2, 2, 3]) : r.pick([0, 0, 0, 1, 1]);
    for (let i = 0; i < count; i++) {
      const v = r.pick(VEHICLES);
      const yearMade = r.int(2003, LAST_YEAR);
      const place = placeFor(r);
      out.vehicles.push({
        recordId: unique(
          () => `SYN-${Array.from({ length: 17 }, () => r.pick([...VIN_CHARS])).join('')}`,
        ),
        ownerPin: pin,
        kind: v.kind,
        make: v.make,
        model: v.model,
        yearMade,
        registrationNumber: `${place.plate}KG${pad(r.int(1, 999), 3)}${Array.from({ length: 3 }, () => r.pick([...PLATE_LETTERS])).join('')}`,
        acquiredOn: dateBetween(r, Math.max(yearMade, 2005), LAST_YEAR),
        synthetic: true,
      });
    }
  };

  const addCompanies = (pin: string, declarant: boolean) => {
    if (!r.chance(declarant ? 0.25 : 0.12)) return;
    const companyId = `SYN-${r.pick(['0', '1'])}${pad(r.int(0, 999_999), 6)}${pad(r.int(0, 9_999_999), 7)}`;
    const companyName = r.pick(COMPANY_NAMES);
    const since = dateBetween(r, 2005, LAST_YEAR);
    const role = r.pick(['founder', 'founder', 'owner', 'director'] as const);
    out.companyRoles.push({
      recordId: unique(() => `SYN-LE-${pad(r.int(1, 999_999), 6)}`),
      personPin: pin,
      companyId,
      companyName,
      role,
      sharePercent:
        role === 'director' ? null : role === 'owner' ? 100 : r.pick([20, 25, 33.33, 50, 51, 100]),
      since,
      synthetic: true,
    });
    // Founders often also run the company.
    if (role === 'founder' && r.chance(0.4)) {
      out.companyRoles.push({
        recordId: unique(() => `SYN-LE-${pad(r.int(1, 999_999), 6)}`),
        personPin: pin,
        companyId,
        companyName,
        role: 'director',
        sharePercent: null,
        since,
        synthetic: true,
      });
    }
  };

  for (const person of persons) {
    for (const [pin, declarant] of [
      [person.pin, true] as const,
      ...person.relatives.map((p) => [p, false] as const),
    ]) {
      addProperty(pin, declarant);
      addVehicles(pin, declarant);
      addCompanies(pin, declarant);
    }
  }
  return out;
}

/**
 * Settings of the Corruption Risk Index (CRI). The method follows the Government Transparency
 * Institute's CRI (Fazekas, Tóth & King 2016; Fazekas & Kocsis 2020); the thresholds below are
 * Kyrgyz choices. Every default that is not taken from a cited source is marked constructed in
 * `CRI_SETTING_SOURCES` and in docs/modules/procurement-flags.md.
 */

export const CRI_COMPONENTS = [
  'singleBid',
  'noCall',
  'nonOpenProcedure',
  'advertisementPeriod',
  'decisionPeriod',
  'taxHaven',
  'newSupplier',
] as const;

export type CriComponent = (typeof CRI_COMPONENTS)[number];

/** The flag code stored for a risky component. */
export const CRI_CODES: Record<CriComponent, string> = {
  singleBid: 'CRI-SINGLE-BID',
  noCall: 'CRI-NO-CALL',
  nonOpenProcedure: 'CRI-NON-OPEN-PROCEDURE',
  advertisementPeriod: 'CRI-SHORT-ADVERTISEMENT',
  decisionPeriod: 'CRI-DECISION-PERIOD',
  taxHaven: 'CRI-TAX-HAVEN',
  newSupplier: 'CRI-NEW-SUPPLIER',
};

export type TaxHaven = {
  /** ISO 3166-1 alpha-2 code (also matched as the prefix of an org-id scheme, "VG-…"). */
  code: string;
  /** Country names as publishers write them (English, Russian), compared ignoring case. */
  names: string[];
};

export type CriSettings = {
  currency: string;
  validBidStatuses: string[];
  /** Direct contracting, as for the Kyrgyz flags: details decide, else the method. */
  directMethods: string[];
  directMethodDetails: string[];
  /** procurementMethod values of an open procedure and of a non-open one. */
  openMethods: string[];
  nonOpenMethods: string[];
  advertisement: {
    /** Minimum days from publication to bid deadline, per procurementMethodDetails. */
    minDaysByMethod: Record<string, number>;
    /** For methods not in the map. */
    defaultMinDays: number;
  };
  decision: {
    /** Days from bid deadline to award below which the decision is suspiciously fast. */
    shortBelowDays: number;
    /** Days above which it is suspiciously slow. */
    longAboveDays: number;
    /** Auctions award on the closing day by design: no "too short" for them. */
    shortIgnoredForMethodDetails: string[];
  };
  taxHavens: TaxHaven[];
  /** A supplier founded fewer days than this before the award is new. */
  newSupplierDays: number;
  /** Weight of each component in the score; equal by default. */
  weights: Record<CriComponent, number>;
};

const haven = (code: string, ...names: string[]): TaxHaven => ({ code, names });

export const DEFAULT_CRI_SETTINGS: CriSettings = {
  currency: 'KGS',
  validBidStatuses: ['valid', 'active', 'pending'],
  directMethods: ['direct', 'limited'],
  directMethodDetails: ['singleSource', 'consultSingleSource'],
  openMethods: ['open'],
  nonOpenMethods: ['selective', 'limited', 'direct'],
  advertisement: { minDaysByMethod: { oneStage: 14, twostage: 14 }, defaultMinDays: 5 },
  decision: {
    shortBelowDays: 1,
    longAboveDays: 60,
    shortIgnoredForMethodDetails: ['downgrade', 'eAuction', 'auctionUnlimited', 'auctionLimited'],
  },
  // Constructed: commonly listed offshore jurisdictions, pending the Kyrgyz official list.
  taxHavens: [
    haven('AD', 'Andorra', 'Андорра'),
    haven('AG', 'Antigua and Barbuda', 'Антигуа и Барбуда'),
    haven('AI', 'Anguilla', 'Ангилья'),
    haven('AW', 'Aruba', 'Аруба'),
    haven('BS', 'Bahamas', 'The Bahamas', 'Багамские Острова', 'Багамы'),
    haven('BB', 'Barbados', 'Барбадос'),
    haven('BH', 'Bahrain', 'Бахрейн'),
    haven('BZ', 'Belize', 'Белиз'),
    haven('BM', 'Bermuda', 'Бермудские Острова', 'Бермуды'),
    haven('BN', 'Brunei', 'Brunei Darussalam', 'Бруней'),
    haven(
      'VG',
      'British Virgin Islands',
      'Virgin Islands (British)',
      'Британские Виргинские острова',
    ),
    haven('KY', 'Cayman Islands', 'Каймановы острова'),
    haven('CK', 'Cook Islands', 'Острова Кука'),
    haven('CW', 'Curaçao', 'Curacao', 'Кюрасао'),
    haven('DM', 'Dominica', 'Доминика'),
    haven('GD', 'Grenada', 'Гренада'),
    haven('GI', 'Gibraltar', 'Гибралтар'),
    haven('GG', 'Guernsey', 'Гернси'),
    haven('IM', 'Isle of Man', 'Остров Мэн'),
    haven('JE', 'Jersey', 'Джерси'),
    haven('LR', 'Liberia', 'Либерия'),
    haven('LI', 'Liechtenstein', 'Лихтенштейн'),
    haven('MV', 'Maldives', 'Мальдивы'),
    haven('MH', 'Marshall Islands', 'Маршалловы Острова'),
    haven('MU', 'Mauritius', 'Маврикий'),
    haven('MC', 'Monaco', 'Монако'),
    haven('MS', 'Montserrat', 'Монтсеррат'),
    haven('NR', 'Nauru', 'Науру'),
    haven('NU', 'Niue', 'Ниуэ'),
    haven('PA', 'Panama', 'Панама'),
    haven('KN', 'Saint Kitts and Nevis', 'Сент-Китс и Невис'),
    haven('LC', 'Saint Lucia', 'Сент-Люсия'),
    haven('VC', 'Saint Vincent and the Grenadines', 'Сент-Винсент и Гренадины'),
    haven('WS', 'Samoa', 'Самоа'),
    haven('SC', 'Seychelles', 'Сейшельские Острова', 'Сейшелы'),
    haven('TC', 'Turks and Caicos Islands', 'Теркс и Кайкос'),
    haven('VU', 'Vanuatu', 'Вануату'),
    haven('VI', 'United States Virgin Islands', 'Виргинские Острова (США)'),
  ],
  newSupplierDays: 365,
  weights: {
    singleBid: 1,
    noCall: 1,
    nonOpenProcedure: 1,
    advertisementPeriod: 1,
    decisionPeriod: 1,
    taxHaven: 1,
    newSupplier: 1,
  },
};

/** The defaults with some sections replaced (lists are replaced whole). */
export function criSettings(overrides: Partial<CriSettings> = {}): CriSettings {
  return {
    ...DEFAULT_CRI_SETTINGS,
    ...overrides,
    advertisement: { ...DEFAULT_CRI_SETTINGS.advertisement, ...overrides.advertisement },
    decision: { ...DEFAULT_CRI_SETTINGS.decision, ...overrides.decision },
    weights: { ...DEFAULT_CRI_SETTINGS.weights, ...overrides.weights },
  };
}

export type CriSettingSource = {
  setting: string;
  source: string;
  url?: string;
  constructed: boolean;
};

export const CRI_SETTING_SOURCES: CriSettingSource[] = [
  {
    setting: 'weights',
    source:
      'Equal weights; Fazekas, Tóth & King (2016) derive weights from regressions on single bidding, which can be set here',
    url: 'https://doi.org/10.1007/s10610-016-9308-z',
    constructed: true,
  },
  {
    setting: 'advertisement',
    source:
      'Team choice. Historical anchor only: Government Resolution of 13 September 2019 No. 473 (repealed 2022) required at least two weeks for one- and two-stage tenders of state joint-stock companies. The minimum periods of the 2022 Law are to be confirmed',
    url: 'https://cis-legislation.com/document.fwx?rgn=118947',
    constructed: true,
  },
  {
    setting: 'decision',
    source:
      'Team choice; Fazekas & Kocsis (2020) treat both very short and very long decision periods as risky, with country-specific bands',
    constructed: true,
  },
  {
    setting: 'taxHavens',
    source:
      'Constructed list of commonly cited offshore jurisdictions. The Kyrgyz lists to confirm against: the National Bank Board resolution of 16 April 2003 No. 13/2 on offshore zones and their list (as amended to 2019), and the Cabinet of Ministers list of states with preferential taxation, if one is in force',
    url: 'https://www.nbkr.kg/contout.jsp?item=105&lang=KGZ&material=99671',
    constructed: true,
  },
  {
    setting: 'newSupplierDays',
    source:
      'DIGIWHIST / opentender.eu NewCompanyIndicatorPlugin: winner founded less than 365 days before the contract award',
    url: 'https://github.com/digiwhist/master',
    constructed: false,
  },
  {
    setting: 'directMethodDetails',
    source: 'Kyrgyz OCDS exporter (singleSource, consultSingleSource), as for the Kyrgyz flags',
    url: 'https://github.com/DPAteam/Kyrgyz-Republic-Open-Data-OCDS-Transformation-Analytics',
    constructed: false,
  },
];

import type { LocalizedText } from '../../../platform/i18n/language.ts';

/**
 * The demo's courts: three real courts of the Kyrgyz judicial hierarchy (first instance,
 * appeal, cassation), by their real names; their chambers and judges are synthetic.
 */
export const DEMO_COURTS: ReadonlyArray<{
  code: string;
  agencyCode: string | null;
  instance: 'first' | 'appeal' | 'cassation';
  name: LocalizedText;
  /** Where the court's name is attested (the other two are in the agencies reference). */
  sources?: readonly string[];
  chambers: ReadonlyArray<{ specialisation: string; judges: number; name: LocalizedText }>;
}> = [
  {
    code: 'bishkek-pervomaisky',
    agencyCode: null,
    instance: 'first',
    name: {
      ky: 'Бишкек шаарынын Биринчи Май райондук соту',
      ru: 'Первомайский районный суд города Бишкек',
      en: 'Pervomaisky District Court of Bishkek',
    },
    sources: [
      'https://24.kg/proisshestvija/360240_zaderjanyi_dva_rukovoditelya_chastnyih_avtoshkol/',
      'https://7tv.kg/orusiyanyn-elchiligi-ala-too-ayanty-zhogorku-ke-esh-menen-prezidenttik-apparattyn-imaratynyn-zhanynda-miting-tk-r-g-chekt-kirgizildi/',
      'https://vb.kg/doc/415060_sotrydniki_verhovnogo_syda_priniali_ychastie_v_obshegorodskom_sybbotnike.html',
    ],
    chambers: [
      {
        specialisation: 'civil',
        judges: 6,
        name: {
          ky: 'Жарандык иштер боюнча коллегия',
          ru: 'Коллегия по гражданским делам',
          en: 'Civil chamber',
        },
      },
      {
        specialisation: 'criminal',
        judges: 5,
        name: {
          ky: 'Кылмыш иштери боюнча коллегия',
          ru: 'Коллегия по уголовным делам',
          en: 'Criminal chamber',
        },
      },
      {
        specialisation: 'administrative',
        judges: 3,
        name: {
          ky: 'Административдик иштер боюнча коллегия',
          ru: 'Коллегия по административным делам',
          en: 'Administrative chamber',
        },
      },
    ],
  },
  {
    code: 'bishkek-city',
    agencyCode: 'bishkek-city-court',
    instance: 'appeal',
    name: { ky: 'Бишкек шаардык соту', ru: 'Бишкекский городской суд', en: 'Bishkek City Court' },
    chambers: [
      {
        specialisation: 'civil',
        judges: 4,
        name: {
          ky: 'Жарандык иштер боюнча коллегия',
          ru: 'Коллегия по гражданским делам',
          en: 'Civil chamber',
        },
      },
      {
        specialisation: 'criminal',
        judges: 4,
        name: {
          ky: 'Кылмыш иштери боюнча коллегия',
          ru: 'Коллегия по уголовным делам',
          en: 'Criminal chamber',
        },
      },
      {
        specialisation: 'administrative',
        judges: 3,
        name: {
          ky: 'Административдик иштер боюнча коллегия',
          ru: 'Коллегия по административным делам',
          en: 'Administrative chamber',
        },
      },
    ],
  },
  {
    code: 'supreme',
    agencyCode: 'supreme-court',
    instance: 'cassation',
    name: {
      ky: 'Кыргыз Республикасынын Жогорку соту',
      ru: 'Верховный суд Кыргызской Республики',
      en: 'Supreme Court of the Kyrgyz Republic',
    },
    chambers: [
      {
        specialisation: 'civil',
        judges: 3,
        name: {
          ky: 'Жарандык иштер боюнча коллегия',
          ru: 'Коллегия по гражданским делам',
          en: 'Civil chamber',
        },
      },
      {
        specialisation: 'criminal',
        judges: 3,
        name: {
          ky: 'Кылмыш иштери боюнча коллегия',
          ru: 'Коллегия по уголовным делам',
          en: 'Criminal chamber',
        },
      },
      {
        specialisation: 'administrative',
        judges: 3,
        name: {
          ky: 'Административдик иштер боюнча коллегия',
          ru: 'Коллегия по административным делам',
          en: 'Administrative chamber',
        },
      },
    ],
  },
];

const GIVEN = [
  'Айгүл',
  'Бакыт',
  'Нурлан',
  'Жылдыз',
  'Азамат',
  'Гүлнара',
  'Эрмек',
  'Чолпон',
  'Таалай',
  'Айбек',
  'Салтанат',
  'Медер',
  'Нургүл',
  'Улан',
  'Динара',
  'Канат',
];
const FAMILY = [
  'Абдыкадыров',
  'Токтосунов',
  'Жумабеков',
  'Асанов',
  'Осмонов',
  'Мамытов',
  'Сатыбалдиев',
  'Бекназаров',
  'Касымов',
  'Турдубаев',
  'Исаков',
  'Эсенов',
];
const FEMININE = new Set(['Айгүл', 'Жылдыз', 'Гүлнара', 'Чолпон', 'Салтанат', 'Нургүл', 'Динара']);

/** A synthetic Kyrgyz name (the family name takes -а for women), never one already in `taken`. */
export function demoName(pick: <T>(items: readonly T[]) => T, taken?: Set<string>) {
  for (;;) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const name = `${FEMININE.has(given) ? `${family}а` : family} ${given}`;
    if (!taken?.has(name)) {
      taken?.add(name);
      return name;
    }
  }
}

export const DEMO_CLAIMS: Record<string, readonly string[]> = {
  civil: [
    'Карызды өндүрүү',
    'Келтирилген зыяндын ордун толтуруу',
    'Келишимди жараксыз деп табуу',
    'Мүлккө укукту таануу',
  ],
  family: ['Никени бузуу', 'Алимент өндүрүү', 'Баланын жашаган жерин аныктоо'],
  labour: ['Жумушка кайра кабыл алуу', 'Эмгек акыны өндүрүү'],
  criminal: [
    'Уурулук (КР Кылмыш кодексинин 205-беренеси)',
    'Алдамчылык (209-берене)',
    'Тоноо (206-берене)',
  ],
  'criminal-corruption': [
    'Пара алуу (КР Кылмыш кодексинин 342-беренеси)',
    'Кызмат абалынан кыянаттык менен пайдалануу (337-берене)',
  ],
  administrative: ['Мамлекеттик органдын чечимин жокко чыгаруу', 'Салык органынын актысын талашуу'],
  economic: ['Жеткирүү келишими боюнча карызды өндүрүү'],
};

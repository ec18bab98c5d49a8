import type { LocalizedText } from '../../../platform/i18n/language.ts';

/**
 * Where a report goes. The Plan (item 12) and section 2.1 name the prosecutor's response to
 * violations of a reporter's rights; the competent bodies for the report itself follow the
 * division of work in force: corruption crimes to the Anti-Corruption Service of the State
 * Committee for National Security, abuse of office and law enforcement to the Prosecutor
 * General's Office, breaches of conflict-of-interest and ethics rules to the anti-corruption
 * officer of the agency concerned. The mapping and the retention periods are constructed
 * configuration (docs/modules/reporting.md), to be confirmed by the bodies before use.
 */
export type BodyKind = 'prosecutor-general' | 'anti-corruption-service-scns' | 'agency';

export interface ReportCategory {
  code: string;
  body: BodyKind;
  /** Days the report is kept after it is closed; then it is destroyed. */
  retentionDays: number;
  name: LocalizedText;
  description: LocalizedText;
}

const YEAR = 365;

export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  {
    code: 'bribery',
    body: 'anti-corruption-service-scns',
    retentionDays: 5 * YEAR,
    name: { ky: 'Пара', ru: 'Взятка', en: 'Bribery' },
    description: {
      ky: 'Кызмат адамы пара талап кылды, алды же сунушталды.',
      ru: 'Должностное лицо требовало, получило или ему предлагали взятку.',
      en: 'An official demanded, took or was offered a bribe.',
    },
  },
  {
    code: 'embezzlement',
    body: 'anti-corruption-service-scns',
    retentionDays: 5 * YEAR,
    name: {
      ky: 'Мамлекеттик каражатты уурдоо',
      ru: 'Хищение бюджетных средств',
      en: 'Embezzlement of public funds',
    },
    description: {
      ky: 'Бюджеттин акчасы же мамлекеттик мүлк ыйгарылып алынды же максатсыз пайдаланылды.',
      ru: 'Бюджетные деньги или государственное имущество присвоены или растрачены.',
      en: 'Public money or state property was taken or misused.',
    },
  },
  {
    code: 'procurement',
    body: 'anti-corruption-service-scns',
    retentionDays: 5 * YEAR,
    name: {
      ky: 'Мамлекеттик сатып алуулар',
      ru: 'Государственные закупки',
      en: 'Public procurement',
    },
    description: {
      ky: 'Тендер алдын ала бөлүштүрүлдү, баалар көтөрүлдү же жеткирүү болгон жок.',
      ru: 'Тендер был предрешён, цены завышены или поставка не состоялась.',
      en: 'A tender was rigged, prices inflated, or nothing was delivered.',
    },
  },
  {
    code: 'abuse-of-office',
    body: 'prosecutor-general',
    retentionDays: 5 * YEAR,
    name: {
      ky: 'Кызмат абалынан кыянаттык менен пайдалануу',
      ru: 'Злоупотребление должностным положением',
      en: 'Abuse of office',
    },
    description: {
      ky: 'Кызмат адамы ыйгарым укуктарын жеке кызыкчылык үчүн колдонду.',
      ru: 'Должностное лицо использовало полномочия в личных интересах.',
      en: 'An official used their powers for private gain.',
    },
  },
  {
    code: 'law-enforcement',
    body: 'prosecutor-general',
    retentionDays: 5 * YEAR,
    name: {
      ky: 'Укук коргоо органдарындагы коррупция',
      ru: 'Коррупция в правоохранительных органах',
      en: 'Corruption in law enforcement',
    },
    description: {
      ky: 'Милиция, тергөө, сот же жаза аткаруу тутумундагы коррупция.',
      ru: 'Коррупция в милиции, следствии, судах или уголовно-исполнительной системе.',
      en: 'Corruption in the police, investigation, courts or prisons.',
    },
  },
  {
    code: 'conflict-of-interest',
    body: 'agency',
    retentionDays: 3 * YEAR,
    name: {
      ky: 'Кызыкчылыктардын кагылышуусу',
      ru: 'Конфликт интересов',
      en: 'Conflict of interest',
    },
    description: {
      ky: 'Кызмат адамы өзү же туугандары кызыкдар болгон маселени чечти.',
      ru: 'Должностное лицо решало вопрос, в котором заинтересовано само или его родственники.',
      en: 'An official decided a matter in which they or their relatives had an interest.',
    },
  },
  {
    code: 'ethics',
    body: 'agency',
    retentionDays: 3 * YEAR,
    name: { ky: 'Этика жана белектер', ru: 'Этика и подарки', en: 'Ethics and gifts' },
    description: {
      ky: 'Белек алуу, кызмат этикасын бузуу, кызматтык маалыматты пайдалануу.',
      ru: 'Получение подарков, нарушение служебной этики, использование служебной информации.',
      en: 'Gifts, breaches of the code of ethics, use of inside information.',
    },
  },
];

export const categoryOf = (code: string) => REPORT_CATEGORIES.find((c) => c.code === code);

/** The bodies named by code (agencies.json): a report for the 'agency' kind names its agency. */
export const BODY_AGENCY_CODES = {
  'prosecutor-general': 'prosecutor-general',
  'anti-corruption-service-scns': 'anti-corruption-service-scns',
} as const;

/** Roles whose holders handle reports for their own agency. */
export const HANDLER_ROLES = ['prosecutor', 'investigator', 'officer'] as const;

/** Protection requests go to the Prosecutor General's Office (Plan item 12, point 2). */
export const PROTECTION_BODY_CODE = 'prosecutor-general';

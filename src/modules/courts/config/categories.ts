import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { AllocationRules } from '../engine/types.ts';

/**
 * Case categories with the judges' specialisation that hears them. Constructed for the platform
 * (the Strategy names no list): a court's own nomenclature replaces it through the same loader.
 */
export const CASE_CATEGORIES: ReadonlyArray<{
  code: string;
  specialisation: string;
  points: number;
  name: LocalizedText;
}> = [
  {
    code: 'civil',
    specialisation: 'civil',
    points: 3,
    name: { ky: 'Жарандык иштер', ru: 'Гражданские дела', en: 'Civil cases' },
  },
  {
    code: 'family',
    specialisation: 'civil',
    points: 2,
    name: { ky: 'Үй-бүлөлүк талаш-тартыштар', ru: 'Семейные споры', en: 'Family disputes' },
  },
  {
    code: 'labour',
    specialisation: 'civil',
    points: 2,
    name: { ky: 'Эмгек талаш-тартыштары', ru: 'Трудовые споры', en: 'Labour disputes' },
  },
  {
    code: 'criminal',
    specialisation: 'criminal',
    points: 4,
    name: { ky: 'Кылмыш иштери', ru: 'Уголовные дела', en: 'Criminal cases' },
  },
  {
    code: 'criminal-corruption',
    specialisation: 'criminal',
    points: 6,
    name: {
      ky: 'Коррупциялык кылмыштар боюнча иштер',
      ru: 'Дела о коррупционных преступлениях',
      en: 'Corruption crimes',
    },
  },
  {
    code: 'administrative',
    specialisation: 'administrative',
    points: 3,
    name: { ky: 'Административдик иштер', ru: 'Административные дела', en: 'Administrative cases' },
  },
  {
    code: 'economic',
    specialisation: 'economic',
    points: 4,
    name: {
      ky: 'Экономикалык талаш-тартыштар',
      ru: 'Экономические споры',
      en: 'Economic disputes',
    },
  },
];

export const SPECIALISATIONS = ['civil', 'criminal', 'administrative', 'economic'] as const;

/** The first rules version: constructed defaults, published like any later version. */
export const DEFAULT_RULES: AllocationRules = {
  baseLoad: 10,
  workloadWindowDays: 365,
  categoryPoints: Object.fromEntries(CASE_CATEGORIES.map((c) => [c.code, c.points])),
  smallEligibleSet: 2,
  absenceCluster: { days: 7, sharePercent: 50 },
  repeatedFilingDays: 90,
};

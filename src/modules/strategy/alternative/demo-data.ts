import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { Assessment } from './assessments.ts';

/**
 * The demo's civil-society organisations and their alternative reports. Everything here is
 * invented: the names say "Demo" and "synthetic", the registration numbers start with DEMO and
 * the web addresses are on example.org, so no one takes them for real organisations.
 */
export interface DemoOrganisation {
  name: LocalizedText;
  registrationNumber: string;
  website: string;
  /** Who files for it: the demo login `citizen`, or a synthetic member account of its own. */
  member: string;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    name: {
      ky: 'Демо уюм: Жарандык ак ниеттүүлүк монитору (синтетикалык)',
      ru: 'Демо-организация: Гражданский монитор добросовестности (синтетическая)',
      en: 'Demo organisation: Civic Integrity Monitor (synthetic)',
    },
    registrationNumber: 'DEMO-CSO-0001',
    website: 'https://example.org/demo-cso-1',
    member: 'citizen',
  },
  {
    name: {
      ky: 'Демо уюм: Сатып алууларды байкоочулар тармагы (синтетикалык)',
      ru: 'Демо-организация: Сеть наблюдателей за закупками (синтетическая)',
      en: 'Demo organisation: Procurement Observers Network (synthetic)',
    },
    registrationNumber: 'DEMO-CSO-0002',
    website: 'https://example.org/demo-cso-2',
    member: 'cso-demo-2',
  },
  {
    name: {
      ky: 'Демо уюм: Ачык-айкындык үчүн жаш юристтер (синтетикалык)',
      ru: 'Демо-организация: Молодые юристы за прозрачность (синтетическая)',
      en: 'Demo organisation: Young Lawyers for Transparency (synthetic)',
    },
    registrationNumber: 'DEMO-CSO-0003',
    website: 'https://example.org/demo-cso-3',
    member: 'cso-demo-3',
  },
  {
    name: {
      ky: 'Демо уюм: Аймактык бюджет байкоочусу (синтетикалык)',
      ru: 'Демо-организация: Региональный бюджетный дозор (синтетическая)',
      en: 'Demo organisation: Regional Budget Watch (synthetic)',
    },
    registrationNumber: 'DEMO-CSO-0004',
    website: 'https://example.org/demo-cso-4',
    member: 'cso-demo-4',
  },
];

/**
 * One demo report: by which organisation (index above), on which target — the n-th demo measure
 * that has a published official report, or a Plan item — and what it says.
 */
export interface DemoAlternativeReport {
  organisation: number;
  target: { measure: number } | { item: number };
  assessment: Assessment;
  text: { ky: string; ru: string };
  evidence: boolean;
  /** When it was filed (UTC), so the list reads like months of monitoring. */
  filedAt: Date;
}

const on = (month: number, day: number) => new Date(Date.UTC(2025, month - 1, day, 9));

export const DEMO_ALTERNATIVE_REPORTS: readonly DemoAlternativeReport[] = [
  {
    organisation: 0,
    target: { measure: 0 },
    assessment: 'partly_done',
    text: {
      ky: 'Буйрук кабыл алынган, бирок биз текшерген үч бөлүмдүн экөөсүндө ал колдонулбайт (демо).',
      ru: 'Приказ принят, но в двух из трёх проверенных нами подразделений он не применяется (демо).',
    },
    evidence: true,
    filedAt: on(2, 14),
  },
  {
    organisation: 1,
    target: { measure: 0 },
    assessment: 'not_done',
    text: {
      ky: 'Сайтта жарыяланган жыйынтыктар толук эмес: сатып алуулар боюнча маалымат жок (демо).',
      ru: 'Опубликованные на сайте результаты неполны: нет сведений о закупках (демо).',
    },
    evidence: false,
    filedAt: on(3, 3),
  },
  {
    organisation: 0,
    target: { item: 2 },
    assessment: 'partly_done',
    text: {
      ky: 'Бирдиктүү отчеттук форма кабыл алынган, бирок мекемелердин жарымы гана аны өз убагында толтурат (демо).',
      ru: 'Единая форма отчётности утверждена, но вовремя её заполняет лишь половина ведомств (демо).',
    },
    evidence: true,
    filedAt: on(3, 21),
  },
  {
    organisation: 1,
    target: { measure: 1 },
    assessment: 'done',
    text: {
      ky: 'Иш-чара аткарылды; биздин байкоочулар жыйынтыктарды ырасташат (демо).',
      ru: 'Мероприятие выполнено; наши наблюдатели подтверждают результаты (демо).',
    },
    evidence: true,
    filedAt: on(4, 8),
  },
  {
    organisation: 2,
    target: { measure: 2 },
    assessment: 'cannot_assess',
    text: {
      ky: 'Мекеме суроо-талабыбызга жооп берген жок, ошондуктан баа берүүгө маалымат жетишсиз (демо).',
      ru: 'Ведомство не ответило на наш запрос, данных для оценки недостаточно (демо).',
    },
    evidence: false,
    filedAt: on(4, 25),
  },
  {
    organisation: 2,
    target: { item: 9 },
    assessment: 'not_done',
    text: {
      ky: 'Пункттун иш-чаралары боюнча жарыяланган далилдерди таба алган жокпуз (демо).',
      ru: 'Мы не нашли опубликованных подтверждений по мероприятиям этого пункта (демо).',
    },
    evidence: false,
    filedAt: on(5, 12),
  },
  {
    organisation: 3,
    target: { measure: 3 },
    assessment: 'not_done',
    text: {
      ky: 'Аймактардагы бөлүмдөрдө окутуу өткөрүлгөн эмес; расмий отчёттогу маалымат ырасталган жок (демо).',
      ru: 'В региональных подразделениях обучение не проводилось; сведения официального отчёта не подтвердились (демо).',
    },
    evidence: true,
    filedAt: on(5, 30),
  },
  {
    organisation: 3,
    target: { item: 16 },
    assessment: 'partly_done',
    text: {
      ky: 'Бюджеттик каражаттар бөлүнгөн, бирок жергиликтүү деңгээлде чыгымдар жарыяланбайт (демо).',
      ru: 'Бюджетные средства выделены, но на местном уровне расходы не публикуются (демо).',
    },
    evidence: false,
    filedAt: on(6, 16),
  },
];

/** A link that plainly leads nowhere real. */
export const demoEvidenceUrl = (organisation: DemoOrganisation, n: number) =>
  `${organisation.website}/monitoring-report-${n + 1}.pdf`;

import { describe, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const live = useLivePlatform();

  const pages: { path: string; heading: string; as?: string }[] = [
    { path: '/', heading: 'Акниет — коррупцияга каршы улуттук платформа' },
    { path: '/login', heading: 'Системага кирүү' },
    { path: '/opendata', heading: 'Ачык маалыматтар' },
    { path: '/admin/users', heading: 'Колдонуучулар', as: 'admin' },
    { path: '/declarations', heading: 'Жарыяланган декларациялар' },
    { path: '/my-declarations', heading: 'Менин декларацияларым', as: 'declarant' },
    { path: '/work/declaration-checks', heading: 'Декларацияларды толук текшерүү', as: 'verifier' },
    { path: '/work/declaration-filing', heading: 'Декларацияларды тапшыруу', as: 'verifier' },
    {
      path: '/work/referrals',
      heading: 'Прокуратурага жөнөтүлгөн декларациялар',
      as: 'prosecutor',
    },
    {
      path: '/work/relations',
      heading: 'Адамдардын жана уюмдардын байланыштары',
      as: 'verifier',
    },
    {
      path: '/work/relations?tab=organisations',
      heading: 'Адамдардын жана уюмдардын байланыштары',
      as: 'prosecutor',
    },
    {
      path: '/work/conflicts',
      heading: 'Кызыкчылыктардын кагылышуу белгилери',
      as: 'verifier',
    },
    {
      path: '/work/conflict-cases',
      heading: 'Кызыкчылыктардын кагылышуусу боюнча иштер',
      as: 'verifier',
    },
    { path: '/work/conflict-notifications', heading: 'Чечим күткөн билдирүүлөр', as: 'head' },
    { path: '/work/person-matches', heading: 'Адамдарды салыштыруу', as: 'verifier' },
    { path: '/my-conflicts', heading: 'Менин кызыкчылыктарымдын кагылышуусу', as: 'declarant' },
    {
      path: '/my-conflicts/interests/new',
      heading: 'Жеке кызыкчылыктар жөнүндө декларация',
      as: 'declarant',
    },
    {
      path: '/conflict-notifications',
      heading: 'Кызыкчылыктардын кагылышуусу жөнүндө билдирүүлөр',
    },
    { path: '/state-organisations', heading: 'Мамлекеттик уюмдардын реестри' },
    {
      path: '/barred-entities',
      heading: 'Коррупциялык укук бузууларга катышкан юридикалык жактардын реестри',
    },
    { path: '/barred-entities/new', heading: 'Чектөөнү каттоо', as: 'prosecutor' },
    { path: '/procurement', heading: 'Мамлекеттик сатып алуулар' },
    { path: '/procurement/dashboard', heading: 'Мамлекеттик сатып алуулардын көрсөткүчтөрү' },
    {
      path: '/procurement/tenders/ocds-h7i0z4-SYN-2025-0001',
      heading: 'Капитальный ремонт здания (демо)',
    },
    {
      path: '/procurement/buyers/KG-SYN-ministry-of-justice',
      heading: 'Министерство юстиции Кыргызской Республики',
    },
    {
      path: '/procurement/suppliers/KG-INN-02203201910150',
      heading: '«Демо Курулуш» ЖЧК (синтетикалык)',
    },
    { path: '/work/procurement-imports', heading: 'OCDS импорту', as: 'admin' },
    {
      path: '/work/procurement-concerns',
      heading: 'Сатып алуулар боюнча кооптонуулар',
      as: 'officer',
    },
  ];

  for (const { path, heading, as } of pages) {
    it(`has no serious or critical violations on ${path}`, async () => {
      const { page, close } = await openPage(live.browser, live.url, { bypassCSP: true });
      try {
        if (as) await signIn(page, as, DEMO_PASSWORD);
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoSeriousViolations(page);
      } finally {
        await close();
      }
    });
  }
});

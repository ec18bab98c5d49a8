import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** The lists of codes the page has words for. */
type Group =
  | 'owners'
  | 'incomeKinds'
  | 'realEstateKinds'
  | 'vehicleKinds'
  | 'accountKinds'
  | 'securityKinds'
  | 'creditorKinds'
  | 'spendingCategories'
  | 'regions'
  | 'countries';

const regionNames = new Map<Language, Intl.DisplayNames | null>();

/**
 * A country the messages do not name, from the browser's own list, but only when the browser
 * has that list in the reader's language (many lack Kyrgyz and would answer in English).
 */
function browserCountryName(code: string, lang: Language): string | null {
  if (!regionNames.has(lang)) {
    try {
      const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      regionNames.set(lang, names.resolvedOptions().locale.startsWith(lang) ? names : null);
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/**
 * The words for the codes in a published declaration (owners, kinds, regions, countries) in the
 * reader's language. A code this page has no words for is shown as it is, never hidden.
 */
export function useDeclarationLabels() {
  const { t } = useTranslation();
  const language = useLanguage();
  const named = (group: Group, code: string): string | undefined =>
    (t(`publicDeclarations.${group}`, { returnObjects: true }) as Record<string, string>)[code];
  const label = (group: Group, code: string): string => named(group, code) ?? code;
  const country = (code: string) =>
    named('countries', code) ?? browserCountryName(code, language) ?? code;
  return {
    label,
    owner: (code: string) => label('owners', code),
    country,
    /** Only the region is published; abroad, the country; a Kyrgyz address naming no region, unknown. */
    place: (region: string | null, countryCode: string) =>
      region
        ? label('regions', region)
        : countryCode === 'KG'
          ? t('publicDeclarations.unknownRegion')
          : country(countryCode),
  };
}

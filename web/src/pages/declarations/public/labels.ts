import { useTranslation } from 'react-i18next';
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
  | 'regions';

const countryNames = new Map<string, Intl.DisplayNames | null>();

function countryName(code: string, lang: string): string {
  if (!countryNames.has(lang)) {
    try {
      countryNames.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      countryNames.set(lang, null);
    }
  }
  try {
    return countryNames.get(lang)?.of(code) ?? code;
  } catch {
    // Not a region code the browser knows: the code itself is still informative.
    return code;
  }
}

/**
 * The words for the codes in a published declaration (owners, kinds, regions, countries) in the
 * reader's language. A code this page does not know yet is shown as it is, never hidden.
 */
export function useDeclarationLabels() {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = (group: Group, code: string): string => {
    const names = t(`publicDeclarations.${group}`, { returnObjects: true }) as Record<
      string,
      string
    >;
    return names[code] ?? code;
  };
  const country = (code: string) => countryName(code, language);
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

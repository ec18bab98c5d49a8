import type { TFunction } from 'i18next';
import { FLAG_CODES, isFlagCode } from './flagCodes.ts';

/** A flag's short name and its explanation; an unknown code (a newer engine) is named as such. */
export function flagTexts(t: TFunction, code: string): { name: string; text: string | null } {
  if (!isFlagCode(code)) return { name: t('procurement.flags.unknownCode', { code }), text: null };
  const key = FLAG_CODES[code].key;
  return {
    name: t(`procurement.flagCodes.${key}.name`),
    text: t(`procurement.flagCodes.${key}.text`),
  };
}

import type { TFunction } from 'i18next';
import { METADATA_ITEMS } from '../../../../../src/modules/reporting/metadata/items.ts';
import type { ReportBody, ReportCategory } from '../../../api/reporting.ts';
import { type LocalizedText, localize } from '../../../format/localized.ts';
import type { Language } from '../../../i18n/languages.ts';

/*
 * Words for the codes the reporting API answers with. Codes the interface does not know yet
 * (a new metadata kind, a new history action) are shown as they come rather than hidden.
 */

type MetadataItem = (typeof METADATA_ITEMS)[number];

const isMetadataItem = (code: string): code is MetadataItem =>
  (METADATA_ITEMS as readonly string[]).includes(code);

export function metadataLabel(t: TFunction, code: string): string {
  return isMetadataItem(code) ? t(`reporting.metadata.${code}`) : code;
}

export function categoryOf(
  categories: readonly ReportCategory[] | undefined,
  code: string,
): ReportCategory | undefined {
  return categories?.find((c) => c.code === code);
}

/** The category's name in the interface language, or its code until the categories load. */
export function categoryName(
  categories: readonly ReportCategory[] | undefined,
  code: string,
  language: Language,
): string {
  const category = categoryOf(categories, code);
  return category ? localize(category.name, language) : code;
}

/** Who receives reports of a category: the named body, or the officer of the chosen agency. */
export function bodyLabel(
  t: TFunction,
  body: ReportBody,
  name: LocalizedText | null,
  lang: Language,
) {
  if (body === 'agency' || !name) return t('reporting.bodies.agency');
  return localize(name, lang);
}

/** A name the API gives either localized or already in the caller's language. */
export const nameText = (name: LocalizedText | string | null | undefined, lang: Language) =>
  typeof name === 'string' ? name : localize(name ?? null, lang);

const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'audio/mpeg': 'MP3',
  'audio/ogg': 'OGG',
  'video/mp4': 'MP4',
  'application/zip': 'ZIP',
};

/** "JPEG" for image/jpeg: what people call the kind of file. */
export function fileTypeLabel(mime: string): string {
  return TYPE_NAMES[mime] ?? (mime.split('/')[1] ?? mime).toUpperCase();
}

/** Today in Bishkek as YYYY-MM-DD: the latest date a reporter may give for what happened. */
export function todayInBishkek(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(new Date());
}

/** The audit actions the report's history shows; others (added later) show as they come. */
export const HISTORY_ACTIONS = [
  'report.submitted',
  'report.read',
  'report.attachment_read',
  'report.assigned',
  'report.taken_up',
  'report.closed',
  'report.transferred',
  'report.message_sent',
  'report.reporter_message',
  'report.reporter_returned',
  'identity.given',
  'identity.read',
  'identity.requested',
  'identity.approved',
  'identity.refused',
  'protection.requested',
  'protection.answered',
  'reward.decided',
  'reward.paid',
] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export function historyLabel(t: TFunction, action: string): string {
  return (HISTORY_ACTIONS as readonly string[]).includes(action)
    ? t(`reporting.history.actions.${action as HistoryAction}`)
    : action;
}

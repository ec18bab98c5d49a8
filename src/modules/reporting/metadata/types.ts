import { listZip, readEntry } from './zip.ts';

/**
 * The attachment types a report accepts, told from the bytes themselves: the declared mime type
 * and the extension are the sender's claim, not a fact. Only types whose identifying metadata we
 * can remove (or, for plain text, that have none) are accepted. HEIC is not: the sharp build we
 * ship decodes AVIF but not HEVC, so iPhone photos must be sent as JPEG ("Most compatible").
 */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  DOCX,
  XLSX,
  PPTX,
  'text/plain',
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Extensions for the file picker's `accept`, next to the mime types. */
export const ATTACHMENT_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.txt',
] as const;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

// The main part's content type names the kind of Office document; macro-enabled and template
// variants have other content types and are refused with everything else.
const OFFICE_MAIN_PARTS: Record<string, AttachmentType> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': DOCX,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': XLSX,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': PPTX,
};

/**
 * What kind of Office document a zip is: a type, 'other' for any other zip, or 'broken' when its
 * directory cannot be read (the caller decides whether that is "not allowed" or "unreadable").
 */
export function officeTypeOf(bytes: Uint8Array): AttachmentType | 'other' | 'broken' {
  try {
    const entries = listZip(bytes);
    if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) return 'other';
    const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
    if (!contentTypes || contentTypes.size > 1024 * 1024) return 'other';
    const xml = new TextDecoder().decode(readEntry(contentTypes));
    const found = new Set<AttachmentType>();
    for (const [, contentType] of xml.matchAll(/<Override\b[^>]*\bContentType="([^"]+)"/g)) {
      const type = OFFICE_MAIN_PARTS[contentType ?? ''];
      if (type) found.add(type);
    }
    return found.size === 1 ? [...found][0]! : 'other';
  } catch {
    return 'broken';
  }
}

/** Plain text: no NUL bytes (unless UTF-16 with a byte order mark) and no other control codes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return bytes.length % 2 === 0;
  for (const byte of bytes) {
    // Tab, line feed, vertical tab, form feed, carriage return and DOS end-of-file are text.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1a
    ) {
      return false;
    }
  }
  return true;
}

export function detectAttachmentType(bytes: Uint8Array, fileName: string): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // Readers accept junk before the header within the first kilobyte, so we do too.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const type = officeTypeOf(bytes);
    return type === 'other' || type === 'broken' ? null : type;
  }
  if (/\.txt$/i.test(fileName) && looksLikeText(bytes)) return 'text/plain';
  return null;
}

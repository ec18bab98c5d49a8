/**
 * What evidence a report may carry. Files are kept as bytes, never opened or run by the
 * platform, and served back only as downloads; this check makes sure a file is what it says it
 * is, so that nothing executable slips in under a harmless name.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

interface EvidenceKind {
  extensions: readonly string[];
  mediaType: string;
  /** How the first bytes of a real file of this kind look. */
  matches(bytes: Uint8Array): boolean;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);
const zip = (bytes: Uint8Array) => startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);

/** Plain text: valid UTF-8 with no control characters but tab and line breaks. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those characters
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  {
    extensions: ['pdf'],
    mediaType: 'application/pdf',
    matches: (b) => startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2d),
  },
  {
    extensions: ['png'],
    mediaType: 'image/png',
    matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  {
    extensions: ['jpg', 'jpeg'],
    mediaType: 'image/jpeg',
    matches: (b) => startsWith(b, 0xff, 0xd8, 0xff),
  },
  {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: zip,
  },
  {
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    matches: zip,
  },
  { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', matches: zip },
  {
    extensions: ['ods'],
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    matches: zip,
  },
  { extensions: ['csv'], mediaType: 'text/csv', matches: isPlainText },
  { extensions: ['txt'], mediaType: 'text/plain', matches: isPlainText },
];

export type EvidenceCheck =
  | { ok: true; filename: string; mediaType: string }
  | {
      ok: false;
      reason:
        | 'empty'
        | 'too_large'
        | 'type_not_allowed'
        | 'content_does_not_match_type'
        | 'bad_filename';
    };

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping exactly those characters
const UNSAFE_IN_FILENAME = /[\u0000-\u001f\u007f"<>|:*?]/g;

/** Keeps the name readable (any script) but safe: no paths, no control characters, bounded. */
export function cleanFilename(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_IN_FILENAME, '').trim().slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null;
}

export function checkEvidence(input: { filename: string; bytes: Uint8Array }): EvidenceCheck {
  const filename = cleanFilename(input.filename);
  if (!filename) return { ok: false, reason: 'bad_filename' };
  if (input.bytes.length === 0) return { ok: false, reason: 'empty' };
  if (input.bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: 'too_large' };
  const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  const kind = EVIDENCE_KINDS.find((k) => k.extensions.includes(extension));
  if (!kind) return { ok: false, reason: 'type_not_allowed' };
  if (!kind.matches(input.bytes)) return { ok: false, reason: 'content_does_not_match_type' };
  return { ok: true, filename, mediaType: kind.mediaType };
}

import { describeExif, describePngText, describeXmp } from './describe.ts';
import type { MetadataItem } from './items.ts';

/**
 * Photos inside PDF and Office files keep their own EXIF (a scanned page or a pasted phone photo
 * can carry a GPS position). They are cleaned here without decoding: metadata segments are cut
 * out and the picture's bytes stay exactly as they were, so nothing about the document changes.
 */
export interface ScrubbedImage {
  bytes: Uint8Array;
  items: MetadataItem[];
  /** EXIF orientation (1 = upright); a viewer that honours it would show the picture turned. */
  orientation: number;
}

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function exifOrientation(tiff: Uint8Array): number {
  // Only IFD0's Orientation tag (0x0112) matters; read it directly rather than parse it all.
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  try {
    const little = tiff[0] === 0x49;
    const ifd = view.getUint32(4, little);
    const count = view.getUint16(ifd, little);
    for (let i = 0; i < count; i++) {
      const at = ifd + 2 + i * 12;
      if (view.getUint16(at, little) === 0x0112) return view.getUint16(at + 8, little);
    }
  } catch {
    // A broken EXIF block has no orientation worth honouring.
  }
  return 1;
}

/** Segments kept: JFIF (APP0), colour profile (APP2 ICC_PROFILE) and Adobe colour (APP14). */
function keepJpegSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xe0) return latin1(payload, 0, 5) === 'JFIF\0';
  if (marker === 0xe2) return latin1(payload, 0, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return latin1(payload, 0, 5) === 'Adobe';
  return !(marker >= 0xe0 && marker <= 0xef) && marker !== 0xfe;
}

function describeJpegSegment(marker: number, payload: Uint8Array): MetadataItem[] {
  if (marker === 0xe1 && latin1(payload, 0, 6) === 'Exif\0\0') return describeExif(payload);
  if (marker === 0xe1 && latin1(payload, 0, 4) === 'http') {
    return describeXmp(new TextDecoder().decode(payload), 'photo');
  }
  if (marker === 0xed) return ['iptc'];
  if (marker === 0xfe) return ['image-comments'];
  if (marker === 0xe2 && latin1(payload, 0, 4) === 'MPF\0') return ['thumbnail'];
  if (marker === 0xe0 && latin1(payload, 0, 5) === 'JFXX\0') return ['thumbnail'];
  return ['private-data'];
}

function hasJpegStart(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd8 && bytes[i + 2] === 0xff) return true;
  }
  return false;
}

/** A JPEG without its metadata segments, or null when its structure cannot be followed. */
export function scrubJpeg(bytes: Uint8Array): ScrubbedImage | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const parts = [bytes.subarray(0, 2)];
  const items: MetadataItem[] = [];
  let orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xda) {
      // The picture itself. It ends at the first EOI (FF D9 cannot occur inside entropy-coded
      // data); whatever follows (extra pictures of a multi-picture file) is dropped with it.
      let end = at + 2;
      while (end + 1 < bytes.length && !(bytes[end] === 0xff && bytes[end + 1] === 0xd9)) end++;
      parts.push(bytes.subarray(at, Math.min(end + 2, bytes.length)));
      if (hasJpegStart(bytes, end + 2)) items.push('thumbnail');
      return { bytes: concat(parts), items, orientation };
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const payload = bytes.subarray(at + 4, at + 2 + length);
    if (keepJpegSegment(marker, payload)) {
      parts.push(bytes.subarray(at, at + 2 + length));
    } else {
      items.push(...describeJpegSegment(marker, payload));
      if (marker === 0xe1 && latin1(payload, 0, 6) === 'Exif\0\0') {
        orientation = exifOrientation(payload.subarray(6));
      }
    }
    at += 2 + length;
  }
  return null;
}

// Ancillary PNG chunks that carry metadata; everything else (pixels, palette, colour) stays.
const PNG_TEXT = new Set(['tEXt', 'zTXt', 'iTXt']);
const PNG_DROPPED = new Set([...PNG_TEXT, 'eXIf', 'tIME', 'dSIG']);

/** A text chunk starts with its keyword (1 to 79 Latin-1 characters) and a NUL. */
function pngKeyword(data: Uint8Array): string {
  const nul = data.subarray(0, 80).indexOf(0);
  return latin1(data, 0, Math.max(nul, 0));
}

export function scrubPng(bytes: Uint8Array): ScrubbedImage | null {
  if (latin1(bytes, 0, 8) !== '\x89PNG\r\n\x1a\n') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = [bytes.subarray(0, 8)];
  const items: MetadataItem[] = [];
  let orientation = 1;
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = latin1(bytes, at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    else if (PNG_TEXT.has(type)) items.push(...describePngText(pngKeyword(data)));
    else if (type === 'eXIf') {
      items.push(...describeExif(data));
      orientation = exifOrientation(data);
    } else items.push(type === 'tIME' ? 'dates' : 'private-data');
    at = end;
    if (type === 'IEND') return { bytes: concat(parts), items, orientation };
  }
  return null;
}

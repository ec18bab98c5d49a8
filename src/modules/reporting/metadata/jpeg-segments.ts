import { describeExif, describeXmp } from './describe.ts';
import type { ScrubbedImage } from './embedded-images.ts';
import { concat, exifOrientation, holdsData, latin1, unreadable } from './image-bytes.ts';
import type { MetadataItem } from './items.ts';

/**
 * A JPEG without its metadata, cut out of the file without decoding it: frame, tables and scans
 * are copied byte for byte, so the picture is exactly the one the camera wrote. Besides those,
 * only JFIF (rebuilt without its thumbnail) and Adobe's APP14 (without it CMYK and YCCK colours
 * are read wrong) are kept. Every other APPn segment (EXIF, XMP, ICC profile, MPF, IPTC, C2PA...)
 * and every comment goes, wherever it sits (progressive files have markers between their scans),
 * and so does anything after the end of the picture (further pictures, makers' trailers).
 */
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP13 = 0xed;
const APP14 = 0xee;
const COM = 0xfe;

const broken = (detail: string) => unreadable('jpeg', detail);

/**
 * Where the next marker starts, from `from` on: FF followed by neither FF (fill), 00 (a stuffed
 * byte inside a scan) nor a restart marker (also inside a scan); -1 when the file ends first.
 */
function nextMarker(bytes: Buffer, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at); // Buffer's indexOf is memchr: a scan of megabytes in a blink
    if (at < 0 || at + 1 >= bytes.length) return -1;
    const code = bytes[at + 1]!;
    if (code === 0xff) at += 1;
    else if (code === 0x00 || (code >= 0xd0 && code <= 0xd7)) at += 2;
    else return at;
  }
}

/** JFIF's fixed fields (version, density) with no thumbnail; null when too short to be JFIF. */
function jfifWithoutThumbnail(payload: Uint8Array, items: MetadataItem[]): Uint8Array | null {
  if (payload.length < 14) return null;
  const thumbnailBytes = 3 * payload[12]! * payload[13]!;
  if (thumbnailBytes > 0) items.push('thumbnail');
  if (holdsData(payload.subarray(14 + thumbnailBytes))) items.push('private-data');
  const segment = new Uint8Array(18);
  segment.set([0xff, APP0, 0x00, 0x10]);
  segment.set(payload.subarray(0, 12), 4);
  return segment;
}

/** An APPn or COM segment: what is kept of it (or null), and what the rest held, in `items`. */
function keptOf(marker: number, payload: Uint8Array, items: MetadataItem[]): Uint8Array | null {
  const id = latin1(payload, 0, 12);
  if (marker === APP0 && id.startsWith('JFIF\0')) {
    const jfif = jfifWithoutThumbnail(payload, items);
    if (jfif) return jfif;
  }
  // Adobe's segment is 12 bytes (name, version, flags, colour transform); nothing else is read.
  if (marker === APP14 && id.startsWith('Adobe') && payload.length >= 12) {
    if (holdsData(payload.subarray(12))) items.push('private-data');
    return concat([new Uint8Array([0xff, APP14, 0x00, 0x0e]), payload.subarray(0, 12)]);
  }
  if (marker === APP1 && id.startsWith('Exif\0')) items.push(...describeExif(payload));
  // XMP, and extended XMP continued over further segments.
  else if (marker === APP1 && id.startsWith('http')) {
    items.push(...describeXmp(new TextDecoder().decode(payload), 'photo'));
  } else if (marker === APP2 && id === 'ICC_PROFILE\0') items.push('icc-profile');
  else if (marker === APP2 && id.startsWith('MPF\0')) items.push('thumbnail');
  else if (marker === APP0 && id.startsWith('JFXX\0')) items.push('thumbnail');
  else if (marker === APP13) items.push('iptc');
  else if (marker === COM) items.push('image-comments');
  else items.push('private-data');
  return null;
}

const isAppOrComment = (marker: number) => (marker >= 0xe0 && marker <= 0xef) || marker === COM;

/** The frame and its tables: SOFn, DHT, DAC (C0 to CF), DQT and DRI; other markers go. */
const isPictureSegment = (marker: number) =>
  (marker >= 0xc0 && marker <= 0xcf) || marker === 0xdb || marker === 0xdd;

export function stripJpeg(bytes: Uint8Array): ScrubbedImage {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw broken('no start of image');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  const items: MetadataItem[] = [];
  let orientation = 1;
  let scans = 0;
  let at = 2;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (;;) {
    const start = nextMarker(buffer, at);
    if (start < 0) throw broken('no end of image (truncated?)');
    // Decoders skip junk between segments; it is not copied.
    if (holdsData(bytes.subarray(at, start))) items.push('private-data');
    const marker = bytes[start + 1]!;
    if (marker === EOI) {
      if (scans === 0) throw broken('no picture');
      parts.push(bytes.subarray(start, start + 2));
      const rest = bytes.subarray(start + 2);
      if (buffer.includes('\xff\xd8\xff', start + 2, 'latin1')) items.push('thumbnail');
      else if (holdsData(rest)) items.push('private-data');
      return { bytes: concat(parts), items, orientation };
    }
    if (marker === SOI) throw broken('start of image inside the image');
    if (marker === 0x01) {
      at = start + 2; // TEM: a marker without a length, used by nothing
      continue;
    }
    if (start + 4 > bytes.length) throw broken('segment past the end');
    const end = start + 2 + ((bytes[start + 2]! << 8) | bytes[start + 3]!);
    if (end < start + 4 || end > bytes.length) throw broken('segment past the end');
    if (marker === SOS) {
      // The scan's header, then its entropy-coded data up to the next marker.
      const next = nextMarker(buffer, end);
      if (next < 0) throw broken('scan past the end (truncated?)');
      parts.push(bytes.subarray(start, next));
      scans++;
      at = next;
      continue;
    }
    if (isAppOrComment(marker)) {
      const payload = bytes.subarray(start + 4, end);
      const kept = keptOf(marker, payload, items);
      if (kept) parts.push(kept);
      if (marker === APP1 && latin1(payload, 0, 6) === 'Exif\0\0' && orientation === 1) {
        orientation = exifOrientation(payload.subarray(6));
      }
    } else if (isPictureSegment(marker)) {
      parts.push(bytes.subarray(start, end));
    } else {
      // DNL, EXP and reserved markers: decoders we ship skip or refuse them, so they go too.
      items.push('private-data');
    }
    at = end;
  }
}

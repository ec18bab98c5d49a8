import { crc32 } from 'node:zlib';
import { describeExif, describePngText } from './describe.ts';
import type { ScrubbedImage } from './embedded-images.ts';
import { concat, exifOrientation, holdsData, latin1, unreadable } from './image-bytes.ts';
import type { MetadataItem } from './items.ts';

/**
 * A PNG keeping only the chunks that make its picture: an allow-list, so no metadata chunk we do
 * not know of survives. Kept chunks are copied byte for byte (their checksums stay valid).
 */
const KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  // How to show the pixels: transparency, gamma, colour space, bit depth, pixel size, background.
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'cICP',
  'sBIT',
  'pHYs',
  'bKGD',
  'hIST',
  // Animation (APNG).
  'acTL',
  'fcTL',
  'fdAT',
]);

// Dropped without a word: technical chunks that say nothing about who made the picture (iDOT
// is in every Apple screenshot). Any other dropped chunk is reported as private data.
const TECHNICAL = new Set(['iDOT', 'sPLT', 'oFFs', 'pCAL', 'sCAL', 'sTER', 'mDCV', 'cLLI']);

const broken = (detail: string) => unreadable('png', detail);

/** A text chunk starts with its keyword (1 to 79 Latin-1 characters) and a NUL. */
function keyword(data: Uint8Array): string {
  const nul = data.subarray(0, 80).indexOf(0);
  return latin1(data, 0, Math.max(nul, 0));
}

function describeChunk(type: string, data: Uint8Array): MetadataItem[] {
  if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') return describePngText(keyword(data));
  if (type === 'eXIf') return describeExif(data);
  if (type === 'iCCP') return ['icc-profile'];
  if (type === 'tIME') return ['dates'];
  return TECHNICAL.has(type) ? [] : ['private-data'];
}

export function stripPng(bytes: Uint8Array): ScrubbedImage {
  if (latin1(bytes, 0, 8) !== '\x89PNG\r\n\x1a\n') throw broken('no signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = [bytes.subarray(0, 8)];
  const items: MetadataItem[] = [];
  let orientation = 1;
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) throw broken('no end chunk (truncated?)');
    const length = view.getUint32(at);
    const type = latin1(bytes, at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) throw broken(`${type} past the end`);
    if (!/^[A-Za-z]{4}$/.test(type)) throw broken('bad chunk type');
    if (at === 8 && type !== 'IHDR') throw broken('no header');
    // Lower case first letter: ancillary, a decoder may skip it; upper case: critical.
    const critical = type.charCodeAt(0) < 0x60;
    const data = bytes.subarray(at + 8, end - 4);
    if (KEPT.has(type)) {
      if (crc32(bytes.subarray(at + 4, end - 4)) === view.getUint32(end - 4)) {
        parts.push(bytes.subarray(at, end));
      } else if (critical) {
        throw broken(`${type} damaged`);
      } // A damaged ancillary chunk is skipped by decoders too.
    } else if (critical) {
      throw broken(`unknown critical chunk ${type}`);
    } else {
      items.push(...describeChunk(type, data));
      if (type === 'eXIf' && orientation === 1) orientation = exifOrientation(data);
    }
    at = end;
    if (type === 'IEND') {
      if (holdsData(bytes.subarray(at))) items.push('private-data');
      return { bytes: concat(parts), items, orientation };
    }
  }
}

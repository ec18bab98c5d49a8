import { describeExif, describeXmp } from './describe.ts';
import type { ScrubbedImage } from './embedded-images.ts';
import { concat, exifOrientation, holdsData, latin1, unreadable } from './image-bytes.ts';
import type { MetadataItem } from './items.ts';

/**
 * A WebP keeping only the chunks that make its picture (an allow-list, also inside animation
 * frames), copied byte for byte; the extended header's flags for what went (colour profile,
 * EXIF, XMP) are cleared and the RIFF size is written anew.
 */
const KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);
const FRAME_KEPT = new Set(['VP8 ', 'VP8L', 'ALPH']);
const ICC_FLAG = 0x20;
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;
const ANMF_HEADER = 16;

const broken = (detail: string) => unreadable('webp', detail);

interface Chunk {
  type: string;
  data: Uint8Array;
}

/** The chunks from `from` to `to`; each must fit (its padding byte may be missing at the end). */
function chunksOf(bytes: Uint8Array, from: number, to: number): Chunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = from;
  while (at < to) {
    if (at + 8 > to) throw broken('chunk past the end');
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size;
    if (end > to) throw broken('chunk past the end');
    chunks.push({ type: latin1(bytes, at, at + 4), data: bytes.subarray(at + 8, end) });
    at = end + (size & 1);
  }
  return chunks;
}

function encoded(type: string, data: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  for (let i = 0; i < 4; i++) header[i] = type.charCodeAt(i);
  new DataView(header.buffer).setUint32(4, data.length, true);
  return concat(data.length & 1 ? [header, data, new Uint8Array(1)] : [header, data]);
}

function describeChunk(type: string, data: Uint8Array): MetadataItem[] {
  if (type === 'EXIF') return describeExif(data);
  if (type === 'XMP ') return describeXmp(new TextDecoder().decode(data), 'photo');
  if (type === 'ICCP') return ['icc-profile'];
  return ['private-data'];
}

/** An animation frame: its header, then only its picture's chunks. */
function cleanFrame(data: Uint8Array, items: MetadataItem[]): Uint8Array {
  if (data.length < ANMF_HEADER) throw broken('frame too short');
  const kept = [data.subarray(0, ANMF_HEADER)];
  for (const chunk of chunksOf(data, ANMF_HEADER, data.length)) {
    if (FRAME_KEPT.has(chunk.type)) kept.push(encoded(chunk.type, chunk.data));
    else items.push('private-data');
  }
  return concat(kept);
}

export function stripWebp(bytes: Uint8Array): ScrubbedImage {
  if (latin1(bytes, 0, 4) !== 'RIFF' || latin1(bytes, 8, 12) !== 'WEBP') throw broken('no header');
  const riffEnd = 8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  if (riffEnd > bytes.length) throw broken('truncated');
  const items: MetadataItem[] = [];
  let orientation = 1;
  const parts: Uint8Array[] = [];
  for (const { type, data } of chunksOf(bytes, 12, riffEnd)) {
    if (type === 'VP8X') {
      if (data.length < 10) throw broken('extended header too short');
      const header = new Uint8Array(data); // a copy (Buffer.slice would not be one)
      header[0] = header[0]! & ~(ICC_FLAG | EXIF_FLAG | XMP_FLAG);
      parts.push(encoded(type, header));
    } else if (type === 'ANMF') {
      parts.push(encoded(type, cleanFrame(data, items)));
    } else if (KEPT.has(type)) {
      parts.push(encoded(type, data));
    } else {
      items.push(...describeChunk(type, data));
      // Some writers put JPEG's "Exif\0\0" before the TIFF block.
      const tiff = latin1(data, 0, 6) === 'Exif\0\0' ? data.subarray(6) : data;
      if (type === 'EXIF' && orientation === 1) orientation = exifOrientation(tiff);
    }
  }
  if (parts.length === 0) throw broken('no picture');
  if (holdsData(bytes.subarray(riffEnd))) items.push('private-data');
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, 4 + body.length, true);
  return { bytes: concat([header, body]), items, orientation };
}

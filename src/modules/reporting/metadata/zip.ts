import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { AttachmentRejected } from './items.ts';

/**
 * Just enough zip for Office documents. fflate.unzipSync trusts each entry's declared size and
 * keeps inflating past it (minutes of CPU for a zip bomb), so the directory is read here and
 * every entry is inflated by Node's zlib with a hard output limit, which stops as soon as the
 * entry grows past what it declared. Entries we do not change are copied back byte for byte.
 */
export const MAX_ZIP_ENTRIES = 5000;
export const MAX_ZIP_UNPACKED_BYTES = 100 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored (deflated or not). */
  packed: Uint8Array;
}

export interface ZipFile {
  entry: ZipEntry;
  data: Uint8Array;
  /** Set when the data changed and must be written anew. */
  changed?: boolean;
}

const unreadable = (detail: string) => new AttachmentRejected('attachment_unreadable', detail);
const tooLarge = (detail: string) => new AttachmentRejected('attachment_too_large', detail);

export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (end >= stop && u32(end) !== 0x06054b50) end--;
  if (end < stop) throw unreadable('zip: no end of central directory');
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw unreadable('zip: zip64 is not supported');
  if (count > MAX_ZIP_ENTRIES) throw tooLarge(`zip: ${count} entries`);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw unreadable('zip: bad directory');
    if (u16(at + 8) & 1) throw new AttachmentRejected('attachment_encrypted', 'zip: encrypted');
    const nameLength = u16(at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(at + 42);
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) throw unreadable('zip: bad header');
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const packedSize = u32(at + 20);
    if (start + packedSize > bytes.length) throw unreadable('zip: entry past the end');
    const method = u16(at + 10);
    if (method !== 0 && method !== 8) throw unreadable(`zip: compression method ${method}`);
    // Two entries with one name are read differently by different programs: refuse the doubt.
    if (names.has(name)) throw unreadable(`zip: two entries named ${name}`);
    names.add(name);
    const size = u32(at + 24);
    total += size;
    if (total > MAX_ZIP_UNPACKED_BYTES) throw tooLarge(`zip: over ${total} bytes unpacked`);
    entries.push({
      name,
      method,
      crc: u32(at + 16),
      size,
      packed: bytes.subarray(start, start + packedSize),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** One entry's bytes; never more than it declared, so the total stays within the budget. */
export function readEntry(entry: ZipEntry): Uint8Array {
  let data: Uint8Array = entry.packed;
  if (entry.method === 8) {
    try {
      data = inflateRawSync(entry.packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(`zip: ${entry.name} is larger than it declares`);
      }
      throw unreadable(`zip: ${entry.name} does not inflate`);
    }
  }
  if (data.length !== entry.size) throw unreadable(`zip: ${entry.name} has the wrong size`);
  return data;
}

export function readZip(bytes: Uint8Array): ZipFile[] {
  return listZip(bytes)
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => ({ entry, data: readEntry(entry) }));
}

/**
 * A new zip of the files, in their order. Every date is 1980-01-01 and no extra fields or
 * comments are written, so the container says nothing about when or where it was made.
 */
export function writeZip(files: ZipFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { entry, data, changed } of files) {
    const packed = !changed ? entry.packed : entry.method === 8 ? deflateRawSync(data) : data;
    const crc = changed ? crc32(data) : entry.crc;
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const l = new DataView(local.buffer);
    const c = new DataView(central.buffer);
    l.setUint32(0, 0x04034b50, true);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true); // made by: zip 2.0
    for (const [view, at] of [
      [l, 4],
      [c, 6],
    ] as const) {
      view.setUint16(at, 20, true); // needed to extract: zip 2.0
      view.setUint16(at + 2, 0x0800, true); // names are UTF-8
      view.setUint16(at + 4, entry.method, true);
      view.setUint16(at + 6, 0, true); // time 00:00
      view.setUint16(at + 8, 0x21, true); // date 1980-01-01
      view.setUint32(at + 10, crc, true);
      view.setUint32(at + 14, packed.length, true);
      view.setUint32(at + 18, data.length, true);
      view.setUint16(at + 22, name.length, true);
    }
    c.setUint32(42, offset, true);
    local.set(name, 30);
    central.set(name, 46);
    locals.push(local, packed);
    directory.push(central);
    offset += local.length + packed.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const part of [...locals, ...directory, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

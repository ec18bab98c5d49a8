import { AttachmentRejected } from './items.ts';

/** Small readers shared by the JPEG, PNG and WebP cutters. */
export const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

export const unreadable = (format: string, detail: string) =>
  new AttachmentRejected('attachment_unreadable', `${format}: ${detail}`);

/** Bytes that are more than padding (zeros or FF fill), so dropping them removed something. */
export function holdsData(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x00 && byte !== 0xff) return true;
  return false;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  // Not zeroed first (every byte is written below) and not from Node's shared pool.
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(Buffer.allocUnsafeSlow(size).buffer, 0, size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * EXIF orientation (IFD0 tag 0x0112) of a TIFF block, 1 when upright, missing, or not one of the
 * eight defined values (viewers show those as stored).
 */
export function exifOrientation(tiff: Uint8Array): number {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  try {
    const little = tiff[0] === 0x49 && tiff[1] === 0x49;
    if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return 1;
    const ifd = view.getUint32(4, little);
    const count = view.getUint16(ifd, little);
    for (let i = 0; i < count; i++) {
      const at = ifd + 2 + i * 12;
      if (view.getUint16(at, little) !== 0x0112) continue;
      const value = view.getUint16(at + 8, little);
      return value >= 2 && value <= 8 ? value : 1;
    }
  } catch {
    // A broken EXIF block has no orientation worth honouring.
  }
  return 1;
}

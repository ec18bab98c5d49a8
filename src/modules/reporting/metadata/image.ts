import sharp from 'sharp';
import { AttachmentRejected, type CleanedAttachment, sortedItems } from './items.ts';
import { stripJpeg } from './jpeg-segments.ts';
import { stripPng } from './png-chunks.ts';
import { stripWebp } from './webp-chunks.ts';

/**
 * Photos and screenshots lose their metadata without being decoded: the metadata blocks are cut
 * out and everything else is copied byte for byte, so the stored picture is the one the reporter
 * took (same pixels, same compression), in milliseconds. The colour profile goes too (a
 * screenshot's can name the monitor, down to its serial number); viewers then read the colours
 * as sRGB. Only a picture whose EXIF says to show it turned is decoded and encoded again by
 * sharp, upright, since the turn would be lost with the EXIF.
 */
type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const STRIP = { 'image/jpeg': stripJpeg, 'image/png': stripPng, 'image/webp': stripWebp };

// 50 megapixels: above any phone's default photo size, and at most ~200 MB of pixels in memory.
export const MAX_IMAGE_PIXELS = 50_000_000;

const OPTIONS = { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS } as const;

/** WebP stores pictures lossless or lossy; a lossless screenshot should stay lossless. */
function isLosslessWebp(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  while (at + 8 <= bytes.length) {
    const chunk = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (chunk === 'VP8L') return true;
    if (chunk === 'VP8 ') return false;
    const size = view.getUint32(at + 4, true);
    at += 8 + size + (size & 1);
  }
  return false;
}

/** The picture decoded, turned as its EXIF says, and encoded again: no metadata is written. */
async function upright(bytes: Uint8Array, type: ImageType): Promise<Uint8Array> {
  let image = sharp(bytes, OPTIONS).autoOrient();
  if (type === 'image/jpeg') image = image.jpeg({ quality: 90 });
  else if (type === 'image/png') image = image.png();
  else image = image.webp(isLosslessWebp(bytes) ? { lossless: true } : { quality: 90 });
  try {
    const output = await image.toBuffer();
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  } catch (error) {
    throw rejection(error);
  }
}

export async function cleanImage(bytes: Uint8Array, type: ImageType): Promise<CleanedAttachment> {
  const stripped = STRIP[type](bytes);
  // What is left must still open; its header says so, and how big the picture is, cheaply.
  const meta = await sharp(stripped.bytes, OPTIONS)
    .metadata()
    .catch((error: unknown) => {
      throw rejection(error);
    });
  const pages = meta.pages ?? 1;
  const pixels = (meta.width ?? 0) * (meta.height ?? 0) * pages;
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new AttachmentRejected('attachment_too_large', `${pixels} pixels`);
  }
  // Animations carry no orientation to apply.
  const turned = stripped.orientation !== 1 && pages === 1;
  return {
    type,
    bytes: turned ? await upright(bytes, type) : stripped.bytes,
    removed: sortedItems(stripped.items),
    notRemoved: ['image-content'],
  };
}

function rejection(error: unknown): AttachmentRejected {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new AttachmentRejected('attachment_too_large', message);
  return new AttachmentRejected('attachment_unreadable', message.split('\n')[0] ?? 'image');
}

import sharp from 'sharp';
import { describeExif, describePngText, describeXmp } from './describe.ts';
import { scrubJpeg, scrubPng } from './embedded-images.ts';
import {
  AttachmentRejected,
  type CleanedAttachment,
  type MetadataItem,
  sortedItems,
} from './items.ts';

/**
 * Photos and screenshots are decoded and encoded again by sharp: the new file holds only the
 * pixels (turned upright first, since the orientation tag goes with the EXIF), so no metadata
 * block we do not know about can survive. The colour profile goes too (pixels become sRGB).
 */
type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

// 50 megapixels: above any phone's default photo size, and at most ~200 MB of pixels in memory.
export const MAX_IMAGE_PIXELS = 50_000_000;

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

/** What the file carried, from sharp's view and (for JPEG and PNG) from its own segments. */
async function findMetadata(image: ReturnType<typeof sharp>, bytes: Uint8Array, type: ImageType) {
  const meta = await image.metadata();
  const items: MetadataItem[] = [];
  if (meta.exif) items.push(...describeExif(meta.exif));
  if (meta.xmp)
    items.push(...describeXmp(meta.xmpAsString ?? meta.xmp.toString('latin1'), 'photo'));
  if (meta.iptc) items.push('iptc');
  if (meta.icc) items.push('icc-profile');
  for (const comment of meta.comments ?? []) items.push(...describePngText(comment.keyword));
  const segments =
    type === 'image/jpeg' ? scrubJpeg(bytes) : type === 'image/png' ? scrubPng(bytes) : null;
  items.push(...(segments?.items ?? []));
  return { items, pages: meta.pages ?? 1 };
}

export async function cleanImage(bytes: Uint8Array, type: ImageType): Promise<CleanedAttachment> {
  const options = { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS } as const;
  let found: Awaited<ReturnType<typeof findMetadata>>;
  try {
    found = await findMetadata(sharp(bytes, options), bytes, type);
  } catch (error) {
    throw rejection(error);
  }
  // Animated WebP keeps its frames; animations carry no orientation to apply.
  const animated = found.pages > 1;
  let image = sharp(bytes, { ...options, animated });
  if (!animated) image = image.autoOrient();
  if (type === 'image/jpeg') image = image.jpeg({ quality: 90 });
  else if (type === 'image/png') image = image.png();
  else image = image.webp(isLosslessWebp(bytes) ? { lossless: true } : { quality: 90 });
  let output: Buffer;
  try {
    output = await image.toBuffer();
  } catch (error) {
    throw rejection(error);
  }
  return {
    type,
    bytes: new Uint8Array(output.buffer, output.byteOffset, output.byteLength),
    removed: sortedItems(found.items),
    notRemoved: ['image-content'],
  };
}

function rejection(error: unknown): AttachmentRejected {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new AttachmentRejected('attachment_too_large', message);
  return new AttachmentRejected('attachment_unreadable', message.split('\n')[0] ?? 'image');
}

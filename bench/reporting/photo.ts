// A phone photo as a whistleblower would attach it: a JPEG of random noise (so it neither
// compresses away in the database nor re-encodes to a few kilobytes) carrying the EXIF a phone
// writes (make, model, owner, time), which intake has to remove.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';

/**
 * 1280x960 noise at quality 90 is about 1 MB; 280x210 about 50 KB. A photo taken upright
 * (orientation 6, as phones tag portrait shots) has to be turned and re-encoded by intake.
 */
export async function noisePhoto(width: number, height: number, orientation = 1): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: {
        Make: 'samsung',
        Model: 'Galaxy A54 5G',
        Artist: 'Ainura Bekova',
        DateTime: '2026:03:14 09:26:53',
        Software: 'A546EXXU7CXK1',
      },
    })
    .withMetadata({ orientation })
    .toBuffer();
}

export const megabytes = (bytes: number) => bytes / 2 ** 20;

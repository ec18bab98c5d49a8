import exifReader from 'exif-reader';
import type { MetadataItem } from './items.ts';

/**
 * Names what a metadata block held, so the reporter learns what was there (and what could have
 * given them away), not just that "metadata" was removed.
 */
type Tags = Record<string, unknown> | undefined;

const EXIF_GROUPS: [MetadataItem, (tags: ReturnType<typeof exifReader>) => Tags, string[]][] = [
  ['camera', (t) => t.Image, ['Make', 'Model', 'CameraSerialNumber']],
  [
    'camera',
    (t) => t.Photo,
    ['BodySerialNumber', 'LensMake', 'LensModel', 'LensSerialNumber', 'ImageUniqueID'],
  ],
  ['date-taken', (t) => t.Image, ['DateTime']],
  ['date-taken', (t) => t.Photo, ['DateTimeOriginal', 'DateTimeDigitized']],
  ['software', (t) => t.Image, ['Software', 'ProcessingSoftware', 'HostComputer']],
  ['author', (t) => t.Image, ['Artist', 'Copyright', 'XPAuthor']],
  ['author', (t) => t.Photo, ['CameraOwnerName']],
  [
    'description',
    (t) => t.Image,
    ['ImageDescription', 'DocumentName', 'XPTitle', 'XPComment', 'XPSubject', 'XPKeywords'],
  ],
  ['description', (t) => t.Photo, ['UserComment']],
];

const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** An EXIF block (as sharp returns it or as it sits in a JPEG's APP1, after the length). */
export function describeExif(exif: Uint8Array): MetadataItem[] {
  const items: MetadataItem[] = ['exif'];
  let tags: ReturnType<typeof exifReader>;
  try {
    tags = exifReader(Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength));
  } catch {
    return items; // Unparseable EXIF is still removed; we just cannot say what it held.
  }
  for (const [item, group, keys] of EXIF_GROUPS) {
    const values = group(tags);
    if (values && keys.some((key) => present(values[key]))) items.push(item);
  }
  const gps = Object.keys(tags.GPSInfo ?? {}).filter((key) => key !== 'GPSVersionID');
  if (gps.length > 0) items.push('gps-position');
  if (Object.keys(tags.Thumbnail ?? {}).length > 0) items.push('thumbnail');
  return items;
}

// XMP names, as elements or attributes, with any prefix: a rough reading is enough to tell.
const XMP_PATTERNS: [MetadataItem, RegExp][] = [
  ['gps-position', /[:<\s]GPS(Latitude|Longitude|Altitude)\b/],
  ['camera', /[:<\s](Make|Model|SerialNumber|LensModel|Lens)\b/],
  ['software', /[:<\s](CreatorTool|softwareAgent|Producer)\b/],
  ['author', /[:<\s](creator|Artist|AuthorsPosition|CreatorContactInfo|rights|OwnerName|Owner)\b/],
  ['title', /\bdc:title\b/],
  ['description', /\b(dc:description|dc:subject|pdf:Keywords|exif:UserComment)\b/],
  ['document-id', /[:<\s](DocumentID|InstanceID|OriginalDocumentID)\b/],
];

const XMP_DATES = /[:<\s](DateCreated|CreateDate|DateTimeOriginal|ModifyDate|MetadataDate)\b/;

/** A photo's dates say when it was taken; a document's, when it was written. */
export function describeXmp(xmp: string, of: 'photo' | 'document'): MetadataItem[] {
  const items: MetadataItem[] = ['xmp'];
  for (const [item, pattern] of XMP_PATTERNS) if (pattern.test(xmp)) items.push(item);
  if (XMP_DATES.test(xmp)) items.push(of === 'photo' ? 'date-taken' : 'dates');
  return items;
}

/** A PNG text chunk's keyword (the standard ones, plus XMP, which travels in iTXt). */
export function describePngText(keyword: string): MetadataItem[] {
  const key = keyword.toLowerCase();
  if (key === 'xml:com.adobe.xmp') return ['xmp'];
  if (key === 'author' || key === 'copyright') return ['image-comments', 'author'];
  if (key === 'software' || key === 'source') return ['image-comments', 'software'];
  if (key === 'creation time') return ['image-comments', 'date-taken'];
  if (key === 'title') return ['image-comments', 'title'];
  return ['image-comments'];
}

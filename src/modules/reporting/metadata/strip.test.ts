import { crc32 } from 'node:zlib';
import exifReader from 'exif-reader';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanImage } from './image.ts';
import { METADATA_ITEMS } from './items.ts';
import { AttachmentRejected, type CleanedAttachment, removeMetadata } from './strip.ts';
import { ATTACHMENT_TYPES, DOCX, detectAttachmentType, PPTX, XLSX } from './types.ts';

const seen: CleanedAttachment[] = [];
async function clean(bytes: Uint8Array, name: string) {
  const result = await removeMetadata(bytes, name);
  seen.push(result);
  return result;
}

async function rejection(bytes: Uint8Array, name: string) {
  try {
    await removeMetadata(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(AttachmentRejected);
    return (error as AttachmentRejected).code;
  }
  throw new Error('accepted');
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:creator><rdf:Seq><rdf:li>Jane Reporter</rdf:li></rdf:Seq></dc:creator><xmp:CreatorTool>PhoneCam 3</xmp:CreatorTool>
</rdf:Description></rdf:RDF></x:xmpmeta>`;

const EXIF = {
  IFD0: { Make: 'Acme', Model: 'Phone X', Software: 'PhoneOS 17', Artist: 'Jane Reporter' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '42/1 52/1 12/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '74/1 36/1 0/1',
  },
};

/** A picture with some detail, so a truncated copy is really missing pixels. */
function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function photo() {
  // Orientation 6: stored lying down, shown upright (40 wide, 20 high stored → 20 × 40 shown).
  return noise(40, 20)
    .jpeg()
    .withExif(EXIF)
    .withXmp(XMP)
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

describe('photos', () => {
  it('removes EXIF, GPS and XMP and keeps the picture upright', async () => {
    const input = await photo();
    const before = await sharp(input).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([42, 52, 12]);
    expect(before.orientation).toBe(6);

    const result = await clean(input, 'IMG_0001.jpg');
    const after = await sharp(result.bytes).metadata();
    expect(result.type).toBe('image/jpeg');
    expect(after.format).toBe('jpeg');
    expect([after.exif, after.xmp, after.iptc, after.icc, after.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(Buffer.from(result.bytes).includes('Jane')).toBe(false);
    expect(result.removed).toEqual(
      expect.arrayContaining(['gps-position', 'camera', 'software', 'author', 'exif', 'xmp']),
    );
    expect(result.notRemoved).toEqual(['image-content']);
  });

  it('reports nothing removed from a picture without metadata', async () => {
    const input = await noise(30, 30).jpeg().toBuffer();
    const result = await clean(input, 'plain.jpeg');
    expect(result.removed).toEqual([]);
  });

  it('removes PNG text chunks and keeps PNG', async () => {
    const png = await noise(16, 16).png().toBuffer();
    const text = Buffer.concat([Buffer.from('Author\0Jane Reporter', 'latin1')]);
    const chunk = Buffer.alloc(12 + text.length);
    chunk.writeUInt32BE(text.length, 0);
    chunk.write('tEXt', 4, 'latin1');
    text.copy(chunk, 8);
    chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + text.length)), 8 + text.length);
    const input = Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]); // after IHDR
    expect((await sharp(input).metadata()).comments?.[0]?.keyword).toBe('Author');

    const result = await clean(input, 'screenshot.png');
    expect(result.type).toBe('image/png');
    expect((await sharp(result.bytes).metadata()).comments).toBeUndefined();
    expect(Buffer.from(result.bytes).includes('Jane')).toBe(false);
    expect(result.removed).toEqual(['author', 'image-comments']);
  });

  it('cleans WebP, whatever the file is called', async () => {
    const input = await noise(20, 20).webp({ lossless: true }).withExif(EXIF).toBuffer();
    const result = await clean(input, 'photo.jpg');
    expect(result.type).toBe('image/webp');
    expect((await sharp(result.bytes).metadata()).exif).toBeUndefined();
    expect(result.removed).toContain('gps-position');
  });

  it('refuses a truncated photo and one with too many pixels', async () => {
    const input = await noise(300, 200).jpeg().toBuffer();
    expect(await rejection(input.subarray(0, input.length / 2), 'cut.jpg')).toBe(
      'attachment_unreadable',
    );
    // A small PNG whose header claims 8000 × 7000 pixels: refused before anything is decoded.
    const huge = Buffer.from(await noise(16, 16).png().toBuffer());
    huge.writeUInt32BE(8000, 16);
    huge.writeUInt32BE(7000, 20);
    huge.writeUInt32BE(crc32(huge.subarray(12, 29)), 29);
    expect(await rejection(huge, 'huge.png')).toBe('attachment_too_large');
  });
});

/** The pixels as stored (an ICC profile is not applied: it goes, the numbers must stay). */
const pixels = (bytes: Uint8Array) => sharp(bytes, { ignoreIcc: true }).raw().toBuffer();

/** A JPEG's segments before its first scan ([marker, size with the marker]) and where it starts. */
function jpegSegments(jpeg: Uint8Array) {
  const segments: [number, number][] = [];
  let at = 2;
  while (jpeg[at + 1] !== 0xda) {
    const size = 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
    segments.push([jpeg[at + 1]!, size]);
    at += size;
  }
  return { segments, scan: at };
}

/** A segment (APPn, COM) put in at `at`, by default right after the start of the image. */
function withSegment(jpeg: Uint8Array, marker: number, payload: Buffer, at = 2) {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, at), head, payload, jpeg.subarray(at)]);
}

function pngChunk(type: string, data: Buffer) {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

function pngChunkTypes(png: Uint8Array) {
  const view = Buffer.from(png);
  const types: string[] = [];
  for (let at = 8; at < view.length; at += 12 + view.readUInt32BE(at))
    types.push(view.toString('latin1', at + 4, at + 8));
  return types;
}

function webpChunkTypes(webp: Uint8Array) {
  const view = Buffer.from(webp);
  const types: string[] = [];
  for (let at = 12; at < view.length; at += 8 + view.readUInt32LE(at + 4) + (view[at + 4]! & 1))
    types.push(view.toString('latin1', at, at + 4));
  return types;
}

/** No metadata sharp can see, and none of the reporter's name in the bytes. */
async function expectNoMetadata(bytes: Uint8Array) {
  const meta = await sharp(bytes).metadata();
  expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.comments]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  expect(Buffer.from(bytes).includes('Jane')).toBe(false);
}

/** An upright photo with GPS EXIF, XMP, an ICC profile and a comment, as a phone might send it. */
async function uprightPhoto(width = 48, height = 32) {
  const jpeg = await noise(width, height)
    .jpeg({ quality: 85 })
    .withExif(EXIF)
    .withXmp(XMP)
    .withIccProfile('srgb')
    .toBuffer();
  return withSegment(jpeg, 0xfe, Buffer.from('Taken by Jane Reporter'));
}

describe('photos, cut without decoding', () => {
  it('keeps a JPEG’s pixels and compressed data as they were, minus the metadata segments', async () => {
    const input = await uprightPhoto();
    const before = await sharp(input).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([42, 52, 12]);
    expect([before.xmp, before.icc, before.orientation]).toEqual([
      expect.anything(),
      expect.anything(),
      1,
    ]);

    const result = await clean(input, 'IMG_0002.jpg');
    await expectNoMetadata(result.bytes);
    expect(await pixels(result.bytes)).toEqual(await pixels(input));
    // Everything from the first scan on is the very same bytes: nothing was encoded again.
    const inside = jpegSegments(input);
    const outside = jpegSegments(result.bytes);
    expect(Buffer.from(result.bytes).subarray(outside.scan)).toEqual(input.subarray(inside.scan));
    const dropped = inside.segments
      .filter(([marker]) => marker === 0xe1 || marker === 0xe2 || marker === 0xfe)
      .reduce((sum, [, size]) => sum + size, 0);
    expect(dropped).toBeGreaterThan(500);
    expect(result.bytes.length).toBe(input.length - dropped);
    expect(outside.segments.map(([marker]) => marker)).not.toContain(0xe1);
    expect(result.removed).toEqual([
      'gps-position',
      'camera',
      'software',
      'author',
      'exif',
      'xmp',
      'icc-profile',
      'image-comments',
    ]);
    expect(result.notRemoved).toEqual(['image-content']);
  });

  it('returns a JPEG without metadata byte for byte', async () => {
    const input = await noise(30, 20).jpeg().toBuffer();
    const result = await clean(input, 'plain.jpg');
    expect(Buffer.from(result.bytes)).toEqual(input);
  });

  it('cuts comments between the scans of a progressive JPEG', async () => {
    const jpeg = await noise(64, 48).jpeg({ progressive: true }).toBuffer();
    const second = jpeg.indexOf(Buffer.from([0xff, 0xda]), jpegSegments(jpeg).scan + 2);
    expect(second).toBeGreaterThan(0);
    const input = withSegment(jpeg, 0xfe, Buffer.from('Jane Reporter was here'), second);
    const result = await clean(input, 'progressive.jpg');
    expect(Buffer.from(result.bytes)).toEqual(jpeg);
    expect(result.removed).toEqual(['image-comments']);
  });

  it('keeps Adobe’s segment, which CMYK colours need', async () => {
    const cmyk = await noise(24, 16).toColourspace('cmyk').jpeg().toBuffer();
    expect(jpegSegments(cmyk).segments.map(([marker]) => marker)).toContain(0xee);
    const input = withSegment(cmyk, 0xfe, Buffer.from('Scanned by Jane'));
    const result = await clean(input, 'scan.jpg');
    expect(Buffer.from(result.bytes)).toEqual(cmyk);
    const after = await sharp(result.bytes).metadata();
    expect([after.space, after.channels]).toEqual(['cmyk', 4]);
    expect(await pixels(result.bytes)).toEqual(await pixels(input));
  });

  it('drops a JFIF thumbnail and pictures after the end of the image', async () => {
    const jpeg = await noise(32, 32).jpeg().toBuffer();
    // JFIF 1.02, 72 dpi, with a 2 × 1 thumbnail of 6 bytes.
    const jfif = Buffer.from([
      ...Buffer.from('JFIF\0'),
      1,
      2,
      1,
      0,
      72,
      0,
      72,
      2,
      1,
      9,
      8,
      7,
      6,
      5,
      4,
    ]);
    const second = await noise(8, 8).jpeg().withExif(EXIF).toBuffer();
    const input = Buffer.concat([withSegment(jpeg, 0xe0, jfif), second]);
    const result = await clean(input, 'burst.jpg');
    const expected = withSegment(jpeg, 0xe0, Buffer.from([...jfif.subarray(0, 12), 0, 0]));
    expect(Buffer.from(result.bytes)).toEqual(expected);
    expect(result.removed).toEqual(['thumbnail']);
    expect(await pixels(result.bytes)).toEqual(await pixels(jpeg));
  });

  it('refuses a JPEG cut off after its scan begins, or just before its end', async () => {
    const input = await uprightPhoto(64, 64);
    const scan = jpegSegments(input).scan;
    const header = 2 + input.readUInt16BE(scan + 2);
    for (const length of [scan + header, scan + header + 100, input.length - 2]) {
      expect(await rejection(input.subarray(0, length), 'cut.jpg')).toBe('attachment_unreadable');
    }
  });

  it('keeps a PNG’s chunks byte for byte, without text, EXIF and time', async () => {
    const png = await noise(16, 12).png().toBuffer();
    const tiff = (await sharp(await uprightPhoto()).metadata()).exif!.subarray(6);
    const extra = [
      pngChunk('tEXt', Buffer.from('Author\0Jane Reporter', 'latin1')),
      pngChunk('eXIf', tiff),
      pngChunk('tIME', Buffer.from([0x07, 0xea, 3, 14, 9, 26, 53])),
      pngChunk('prVt', Buffer.from('Jane’s laptop')),
    ];
    const input = Buffer.concat([png.subarray(0, 33), ...extra, png.subarray(33)]);
    const before = await sharp(input).metadata();
    expect([before.exif, before.comments?.[0]?.keyword]).toEqual([expect.anything(), 'Author']);

    const result = await clean(input, 'screenshot.png');
    await expectNoMetadata(result.bytes);
    expect(Buffer.from(result.bytes)).toEqual(png);
    expect(result.bytes.length).toBe(input.length - extra.reduce((n, c) => n + c.length, 0));
    expect(await pixels(result.bytes)).toEqual(await pixels(input));
    expect(pngChunkTypes(result.bytes)).toEqual(pngChunkTypes(png));
    expect(result.removed).toEqual([
      'gps-position',
      'camera',
      'software',
      'author',
      'dates',
      'private-data',
      'exif',
      'image-comments',
    ]);
  });

  it('keeps a WebP’s picture chunks byte for byte, without EXIF and XMP', async () => {
    const input = await noise(20, 14).webp({ quality: 80 }).withExif(EXIF).withXmp(XMP).toBuffer();
    expect(webpChunkTypes(input)).toEqual(['VP8X', 'VP8 ', 'EXIF', 'XMP ']);
    expect(input[20]! & 0x0c).toBe(0x0c); // the EXIF and XMP flags
    const copy = Buffer.from(input);
    const result = await clean(input, 'photo.webp');
    expect(input).toEqual(copy); // the reporter's file itself is left alone
    await expectNoMetadata(result.bytes);
    expect(webpChunkTypes(result.bytes)).toEqual(['VP8X', 'VP8 ']);
    expect(result.bytes[20]! & 0x0c).toBe(0);
    const output = Buffer.from(result.bytes);
    expect(output.readUInt32LE(4)).toBe(output.length - 8);
    const picture = 12 + 18; // after the RIFF header and the VP8X chunk
    const size = 8 + input.readUInt32LE(picture + 4);
    expect(output.subarray(picture)).toEqual(input.subarray(picture, picture + size));
    expect(await pixels(result.bytes)).toEqual(await pixels(input));
    expect(result.removed).toEqual(['gps-position', 'camera', 'software', 'author', 'exif', 'xmp']);
  });

  it('keeps an animation’s frames and turns a turned WebP upright, still lossless', async () => {
    const frames = await Promise.all(
      [0, 80, 160].map((r) =>
        sharp({ create: { width: 16, height: 12, channels: 3, background: { r, g: 40, b: 90 } } })
          .png()
          .toBuffer(),
      ),
    );
    const animation = await sharp(frames, { join: { animated: true } })
      .webp({ lossless: true })
      .withExif(EXIF)
      .toBuffer();
    const cleaned = await clean(animation, 'animation.webp');
    await expectNoMetadata(cleaned.bytes);
    expect(webpChunkTypes(cleaned.bytes)).toEqual(['VP8X', 'ANIM', 'ANMF', 'ANMF', 'ANMF']);
    const all = (bytes: Uint8Array) => sharp(bytes, { animated: true }).raw().toBuffer();
    expect(await all(cleaned.bytes)).toEqual(await all(animation));

    const turned = await noise(40, 20)
      .webp({ lossless: true })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const upright = await clean(turned, 'turned.webp');
    const after = await sharp(upright.bytes).metadata();
    expect([after.width, after.height, after.orientation, after.exif]).toEqual([
      20,
      40,
      undefined,
      undefined,
    ]);
    expect(webpChunkTypes(upright.bytes)).toEqual(['VP8L']);
  });

  it('answers a damaged picture with a rejection, never with another error', async () => {
    const samples = [
      ['image/jpeg', await uprightPhoto(24, 16)],
      ['image/png', Buffer.concat([await noise(12, 8).png().withExif(EXIF).toBuffer()])],
      ['image/webp', await noise(12, 8).webp().withExif(EXIF).withXmp(XMP).toBuffer()],
    ] as const;
    for (const [type, sample] of samples) {
      let accepted = 0;
      const change = fc.record({ at: fc.nat(sample.length - 1), byte: fc.nat(255) });
      await fc.assert(
        fc.asyncProperty(
          fc.array(change, { minLength: 1, maxLength: 6 }),
          fc.oneof(
            { arbitrary: fc.constant(null), weight: 4 },
            { arbitrary: fc.nat(sample.length), weight: 1 },
          ),
          async (changes, cut) => {
            const bytes = Uint8Array.from(sample);
            for (const { at, byte } of changes) bytes[at] = byte;
            let result: CleanedAttachment;
            try {
              result = await cleanImage(cut === null ? bytes : bytes.subarray(0, cut), type);
            } catch (error) {
              expect(error).toBeInstanceOf(AttachmentRejected);
              return;
            }
            await expectNoMetadata(result.bytes);
            accepted++;
          },
        ),
        { numRuns: 150 },
      );
      // Many changes leave a file that still opens (a PNG's checksums catch most of its own).
      expect(accepted).toBeGreaterThan(5);
    }
  });
});

async function pdfWithMetadata() {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle('Tender 2026/14 notes');
  document.setAuthor('Jane Reporter');
  document.setSubject('Procurement');
  document.setKeywords(['tender']);
  document.setCreator('Writer 7');
  document.setProducer('Office PDF 1.0');
  document.setCreationDate(new Date('2026-01-02T03:04:05Z'));
  const page = document.addPage([200, 200]);
  const context = document.context;
  const xmp = context.stream(XMP, { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), context.register(xmp));
  // A photo pasted into the document, with its own GPS position.
  const picture = await document.embedJpg(await noise(20, 20).jpeg().withExif(EXIF).toBuffer());
  page.drawImage(picture, { x: 10, y: 10, width: 20, height: 20 });
  // A comment by its author, and a left-over object from an earlier save that nothing uses.
  const note = context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 10, 10] });
  note.set(PDFName.of('T'), PDFString.of('Jane Reporter'));
  note.set(PDFName.of('Contents'), PDFString.of('Look at line 4'));
  page.node.set(PDFName.of('Annots'), context.obj([context.register(note)]));
  context.register(context.obj({ Author: PDFString.of('Old Name Somebody') }));
  return document.save({ useObjectStreams: false });
}

describe('PDF', () => {
  it('removes the Info fields, XMP, comment authors and the photos’ EXIF', async () => {
    const input = await pdfWithMetadata();
    const result = await clean(input, 'notes.pdf');
    const text = Buffer.from(result.bytes).toString('latin1');
    for (const leak of ['Jane Reporter', 'Tender 2026', 'Writer 7', 'Office PDF', 'Old Name']) {
      expect(text).not.toContain(leak);
    }
    const output = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(output.getPageCount()).toBe(1);
    expect(output.catalog.has(PDFName.of('Metadata'))).toBe(false);
    expect([
      output.getAuthor(),
      output.getTitle(),
      output.getProducer(),
      output.getCreator(),
    ]).toEqual([undefined, undefined, undefined, undefined]);
    const jpegs = output.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream)
      .filter((o) => o.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode'));
    expect(jpegs).toHaveLength(1);
    const picture = await sharp(jpegs[0]!.contents).metadata();
    expect([picture.exif, picture.width]).toEqual([undefined, 20]);
    expect(result.removed).toEqual(
      expect.arrayContaining([
        'title',
        'author',
        'description',
        'software',
        'dates',
        'xmp',
        'comments-authors',
        'gps-position',
        'camera',
      ]),
    );
    expect(result.notRemoved).toEqual(['embedded-content']);
    // The comment itself stays: only who wrote it goes.
    expect(text).toContain('Look at line 4');
  });

  it('reports nothing removed from a PDF without metadata', async () => {
    const document = await PDFDocument.create({ updateMetadata: false });
    document.addPage();
    const result = await clean(await document.save(), 'blank.pdf');
    expect(result.removed).toEqual([]);
  });

  it('refuses broken and encrypted PDFs', async () => {
    const broken = strToU8(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf',
    );
    expect(await rejection(broken, 'broken.pdf')).toBe('attachment_unreadable');
    const document = await PDFDocument.create();
    document.addPage();
    const saved = Buffer.from(await document.save({ useObjectStreams: false })).toString('latin1');
    const encrypted = saved.replace('trailer\n<<', 'trailer\n<<\n/Encrypt << /Filter /Standard >>');
    expect(encrypted).not.toBe(saved);
    expect(await rejection(Buffer.from(encrypted, 'latin1'), 'locked.pdf')).toBe(
      'attachment_encrypted',
    );
  });
});

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="${main}"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const WORD_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The tender was decided before it opened.</w:t></w:r></w:p></w:body></w:document>`;
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Jane Reporter</dc:creator><cp:lastModifiedBy>J. Reporter</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:00Z</dcterms:created></cp:coreProperties>`;
const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Company>Ministry of Examples</Company><Application>Microsoft Office Word</Application><Pages>1</Pages></Properties>`;
const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>Procurement Unit 4</vt:lpwstr></property></Properties>`;
const COMMENTS = `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Jane Reporter"/></w:comments>`;
const SETTINGS_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Users\\jreporter\\Templates\\Memo.dotx" TargetMode="External"/></Relationships>`;

async function docx(extra: Record<string, Uint8Array | string> = {}, main = WORD_MAIN) {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES(main)),
    'word/document.xml': strToU8(DOCUMENT),
  };
  for (const [name, data] of Object.entries(extra)) {
    files[name] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipSync(files);
}

const read = (zip: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(zip)[name]);

describe('Office documents', () => {
  it('empties the properties and tells what stays', async () => {
    const picture = await noise(20, 20).jpeg().withExif(EXIF).toBuffer();
    const input = await docx({
      'docProps/core.xml': CORE,
      'docProps/app.xml': APP,
      'docProps/custom.xml': CUSTOM,
      'word/comments.xml': COMMENTS,
      'word/_rels/settings.xml.rels': SETTINGS_RELS,
      'word/media/image1.jpeg': picture,
    });
    const result = await clean(input, 'memo.docx');
    expect(result.type).toBe(DOCX);
    const files = unzipSync(result.bytes);
    expect(new TextDecoder().decode(files['word/document.xml'])).toBe(DOCUMENT);
    const core = read(result.bytes, 'docProps/core.xml');
    expect(core).not.toContain('Reporter');
    expect(core).toMatch(/^<\?xml[^>]*\?>\s*<cp:coreProperties [^>]*><\/cp:coreProperties>$/);
    expect(read(result.bytes, 'docProps/app.xml')).not.toContain('Ministry');
    expect(read(result.bytes, 'docProps/custom.xml')).not.toContain('Procurement');
    expect((await sharp(files['word/media/image1.jpeg']!).metadata()).exif).toBeUndefined();
    expect(result.removed).toEqual([
      'gps-position',
      'camera',
      'software',
      'author',
      'last-modified-by',
      'dates',
      'company',
      'template',
      'editing-statistics',
      'custom-properties',
      'exif',
    ]);
    expect(result.notRemoved).toEqual(['comments-authors', 'file-paths', 'embedded-content']);
  });

  it('reports nothing removed from a document without properties', async () => {
    const result = await clean(await docx(), 'plain.docx');
    expect(result.removed).toEqual([]);
    expect(read(result.bytes, 'word/document.xml')).toBe(DOCUMENT);
  });

  it('tells a spreadsheet by its main part, not by its name', async () => {
    const input = await docx(
      {},
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    );
    expect((await clean(input, 'report.docx')).type).toBe(XLSX);
  });

  it('refuses macro documents, zip bombs and zips with too many entries', async () => {
    const macro = await docx({}, 'application/vnd.ms-word.document.macroEnabled.main+xml');
    expect(await rejection(macro, 'memo.docx')).toBe('attachment_type_not_allowed');

    // One entry declaring 101 MB: refused from the directory, before inflating anything.
    const bomb = await docx({ 'word/big.xml': new Uint8Array(1024) });
    setDeclaredSize(bomb, 'word/big.xml', 101 * 1024 * 1024);
    expect(await rejection(bomb, 'bomb.docx')).toBe('attachment_too_large');

    // One declaring 1000 bytes that inflates to 4 MB: stopped while inflating.
    const liar = await docx({ 'word/big.xml': new Uint8Array(4 * 1024 * 1024) });
    setDeclaredSize(liar, 'word/big.xml', 1000);
    expect(await rejection(liar, 'liar.docx')).toBe('attachment_too_large');

    const many: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8(CONTENT_TYPES(WORD_MAIN)),
    };
    for (let i = 0; i < 5001; i++) many[`word/x${i}.xml`] = new Uint8Array(0);
    expect(await rejection(zipSync(many), 'many.docx')).toBe('attachment_too_large');
  });
});

/** Makes a zip's central directory claim another unpacked size for one entry. */
function setDeclaredSize(zip: Uint8Array, name: string, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) !== name) continue;
    view.setUint32(at + 24, size, true);
    return;
  }
  throw new Error(`no entry ${name}`);
}

describe('anything else', () => {
  it('keeps plain text as it is and says the words may identify', async () => {
    const utf8 = strToU8('Тендер 14 был решён заранее.\r\n');
    const result = await clean(utf8, 'note.txt');
    expect(result).toEqual({
      type: 'text/plain',
      bytes: utf8,
      removed: [],
      notRemoved: ['text-content'],
    });
    const cp1251 = new Uint8Array([0xd2, 0xe5, 0xed, 0xe4, 0xe5, 0xf0, 0x0a]);
    expect((await clean(cp1251, 'NOTE.TXT')).type).toBe('text/plain');
  });

  it('refuses programs, archives and garbage, whatever they are called', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    expect(await rejection(exe, 'photo.jpg')).toBe('attachment_type_not_allowed');
    const archive = zipSync({ 'secret.txt': strToU8('hello') });
    expect(await rejection(archive, 'photo.jpg')).toBe('attachment_type_not_allowed');
    expect(await rejection(strToU8('just some words'), 'photo.jpg')).toBe(
      'attachment_type_not_allowed',
    );
    expect(await rejection(new Uint8Array([1, 2, 0, 4]), 'data.txt')).toBe(
      'attachment_type_not_allowed',
    );
    expect(await rejection(new Uint8Array(0), 'empty.jpg')).toBe('attachment_type_not_allowed');
  });

  it('tells types from the bytes, not from the name', async () => {
    const jpeg = await noise(8, 8).jpeg().toBuffer();
    expect(detectAttachmentType(jpeg, 'scan.pdf')).toBe('image/jpeg');
    expect(detectAttachmentType(strToU8('%PDF-1.4\n'), 'photo.jpg')).toBe('application/pdf');
    const slides = await docx(
      {},
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    );
    expect(detectAttachmentType(slides, 'slides.zip')).toBe(PPTX);
    expect(detectAttachmentType(strToU8('words'), 'note.md')).toBeNull();
    // HEIC (an iPhone's default): the sharp we ship cannot decode it.
    const heic = new Uint8Array([0, 0, 0, 0x18, ...strToU8('ftypheic'), 0, 0, 0, 0]);
    expect(detectAttachmentType(heic, 'IMG_0001.HEIC')).toBeNull();
    expect(new Set(ATTACHMENT_TYPES).size).toBe(ATTACHMENT_TYPES.length);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await rejection(big, 'big.jpg')).toBe('attachment_too_large');
  });

  it('reports only codes the interface can translate', () => {
    expect(new Set(METADATA_ITEMS).size).toBe(METADATA_ITEMS.length);
    expect(seen.length).toBeGreaterThan(5);
    for (const result of seen) {
      for (const item of [...result.removed, ...result.notRemoved])
        expect(METADATA_ITEMS).toContain(item);
    }
  });
});

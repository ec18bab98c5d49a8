import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { describeXmp } from './describe.ts';
import { scrubJpeg } from './embedded-images.ts';
import {
  AttachmentRejected,
  type CleanedAttachment,
  type MetadataItem,
  sortedItems,
} from './items.ts';

/**
 * PDFs lose their Info dictionary, every XMP stream, application private data, the file
 * identifier, comment authors, and the metadata segments of JPEG photos inside them; pdf-lib then
 * writes a fresh file, which also drops old revisions an incremental save left behind.
 */
const INFO_ITEMS: Record<string, MetadataItem> = {
  Title: 'title',
  Author: 'author',
  Subject: 'description',
  Keywords: 'description',
  Creator: 'software',
  Producer: 'software',
  CreationDate: 'dates',
  ModDate: 'dates',
};

// Markup annotations (comments, highlights, stamps...) name their author in /T; on form
// fields /T is the field's name, so those are left alone.
const MARKUP = new Set(
  'Text FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly StrikeOut Stamp Caret Ink FileAttachment Sound Redact'.split(
    ' ',
  ),
);

const name = PDFName.of;

function hasText(value: PDFObject): boolean {
  if (value instanceof PDFString || value instanceof PDFHexString)
    return value.decodeText().trim() !== '';
  return true;
}

function clearInfo(context: PDFContext, items: MetadataItem[]) {
  const info = context.trailerInfo.Info && context.lookup(context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return;
  for (const [key, value] of info.entries()) {
    const item =
      INFO_ITEMS[key.decodeText()] ?? (key.decodeText() === 'Trapped' ? null : 'custom-properties');
    if (item && hasText(value)) items.push(item);
    info.delete(key);
  }
}

function dictOf(object: PDFObject): PDFDict | null {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return null;
}

/** What an XMP stream names; inflated with a cap, as a stream can be a bomb of its own. */
function describeMetadataStream(context: PDFContext, ref: PDFObject): MetadataItem[] {
  const stream = context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) return ['xmp'];
  const filter = stream.dict.lookup(name('Filter'));
  try {
    const xml =
      filter === undefined
        ? stream.contents
        : filter === name('FlateDecode')
          ? inflateSync(stream.contents, { maxOutputLength: 1024 * 1024 })
          : null;
    return xml ? describeXmp(new TextDecoder().decode(xml), 'document') : ['xmp'];
  } catch {
    return ['xmp'];
  }
}

function isJpegOnly(dict: PDFDict): boolean {
  const filter = dict.lookup(name('Filter'));
  if (filter instanceof PDFArray)
    return filter.size() === 1 && filter.lookup(0) === name('DCTDecode');
  return filter === name('DCTDecode');
}

/** Walks every object once: metadata keys out, comment authors out, JPEGs scrubbed. */
function clearObjects(context: PDFContext, items: MetadataItem[]) {
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = dictOf(object);
    if (!dict) continue;
    const metadata = dict.get(name('Metadata'));
    if (metadata) {
      items.push(...describeMetadataStream(context, metadata));
      dict.delete(name('Metadata'));
    }
    if (dict.delete(name('PieceInfo'))) items.push('private-data');
    const subtype = dict.lookup(name('Subtype'));
    if (subtype instanceof PDFName && MARKUP.has(subtype.decodeText()) && dict.has(name('T'))) {
      dict.delete(name('T'));
      items.push('comments-authors');
    }
    if (object instanceof PDFRawStream && isJpegOnly(dict)) {
      const scrubbed = scrubJpeg(object.contents);
      if (scrubbed && scrubbed.items.length > 0) {
        context.assign(ref, PDFRawStream.of(dict, scrubbed.bytes));
        items.push(...scrubbed.items);
      }
    }
  }
}

/** Objects nothing points to any more (old revisions, the XMP just cut loose) are not written. */
function dropUnreachable(context: PDFContext) {
  const seen = new Set<PDFRef>();
  const stack: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info];
  while (stack.length > 0) {
    const object = stack.pop();
    if (object instanceof PDFRef) {
      if (seen.has(object)) continue;
      seen.add(object);
      stack.push(context.lookup(object));
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) stack.push(item);
    } else if (object) {
      for (const value of dictOf(object)?.values() ?? []) stack.push(value);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!seen.has(ref)) context.delete(ref);
}

export async function cleanPdf(bytes: Uint8Array): Promise<CleanedAttachment> {
  let document: PDFDocument;
  try {
    // Encryption is checked here rather than caught: pdf-lib's EncryptedPDFError fails instanceof.
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (document.getPageCount() < 1) throw new Error('no pages');
  } catch (error) {
    throw new AttachmentRejected('attachment_unreadable', `pdf: ${(error as Error).message}`);
  }
  // We could not clean what we cannot read; a copy saved without a password can be sent instead.
  if (document.isEncrypted) throw new AttachmentRejected('attachment_encrypted', 'pdf: encrypted');
  const context = document.context;
  const items: MetadataItem[] = [];
  clearInfo(context, items);
  clearObjects(context, items);
  if (context.trailerInfo.ID) {
    context.trailerInfo.ID = undefined;
    items.push('document-id');
  }
  dropUnreachable(context);
  let output: Uint8Array;
  try {
    output = await document.save({
      useObjectStreams: false,
      addDefaultPage: false,
      updateFieldAppearances: false,
    });
  } catch (error) {
    throw new AttachmentRejected('attachment_unreadable', `pdf: ${(error as Error).message}`);
  }
  return {
    type: 'application/pdf',
    bytes: output,
    removed: sortedItems(items),
    notRemoved: ['embedded-content'],
  };
}

import { scrubJpeg, scrubPng } from './embedded-images.ts';
import type { CleanedAttachment, MetadataItem } from './items.ts';
import { sortedItems } from './items.ts';
import type { AttachmentType } from './types.ts';
import { readZip, writeZip, type ZipFile } from './zip.ts';

/**
 * Office documents (docx, xlsx, pptx) are zips of XML parts. The property parts are emptied, not
 * deleted: an empty root element is valid for each, so no relationship or content-type entry has
 * to change and the document opens as before. Names inside the document's content (comment and
 * tracked-change authors, file paths) are only reported: rewriting the content parts could break
 * the document, and the reporter can remove them in their editor.
 */
const PROPERTY_ITEMS: Record<string, MetadataItem> = {
  creator: 'author',
  lastModifiedBy: 'last-modified-by',
  title: 'title',
  subject: 'description',
  description: 'description',
  keywords: 'description',
  category: 'description',
  contentStatus: 'description',
  created: 'dates',
  modified: 'dates',
  lastPrinted: 'dates',
  revision: 'editing-statistics',
  version: 'editing-statistics',
  TotalTime: 'editing-statistics',
  Company: 'company',
  Manager: 'company',
  Application: 'software',
  AppVersion: 'software',
  Template: 'template',
  HyperlinkBase: 'file-paths',
};

/** The parts holding only properties, which are emptied whole. */
const PROPERTY_PARTS = new Set(['docProps/core.xml', 'docProps/app.xml']);
const LABEL_PARTS = /^(docProps\/custom\.xml|docMetadata\/LabelInfo\.xml)$/;

const COMMENT_PARTS =
  /(^|\/)(comments[^/]*\.xml|comments\/[^/]+|commentAuthors\.xml|authors\.xml|people\.xml|persons\/[^/]+|threadedComments\/[^/]+|revisions\/[^/]+)$/i;
// Links to files on a disk or a network share (an attached template, a linked picture).
const LOCAL_TARGET = /Target="(file:|[A-Za-z]:\\|\\\\)/i;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The part with its root element emptied: `<root attrs...></root>`, declaration kept. */
function emptied(xml: string): string | null {
  const root = /^(\s*(?:<\?xml[^>]*\?>)?\s*)<([\w:.-]+)\b([^>]*?)\/?>/.exec(xml);
  return root ? `${root[1]}<${root[2]}${root[3]}></${root[2]}>` : null;
}

/** The properties that have a value, by local name (prefixes vary between programs). */
function filledProperties(xml: string): MetadataItem[] {
  const items: MetadataItem[] = [];
  for (const [, local] of xml.matchAll(/<(?:[\w.-]+:)?([\w]+)\b[^>/]*>\s*[^<\s]/g)) {
    const item = PROPERTY_ITEMS[local ?? ''];
    if (item) items.push(item);
  }
  return items;
}

export function cleanOffice(bytes: Uint8Array, type: AttachmentType): CleanedAttachment {
  const files = readZip(bytes);
  const removed: MetadataItem[] = [];
  const notRemoved: MetadataItem[] = ['embedded-content'];
  const cleaned: ZipFile[] = files.map((file) => {
    const isProperties = PROPERTY_PARTS.has(file.entry.name);
    if (isProperties || LABEL_PARTS.test(file.entry.name)) {
      const xml = decoder.decode(file.data);
      const empty = emptied(xml);
      if (empty === null) {
        notRemoved.push(...(isProperties ? filledProperties(xml) : ['custom-properties' as const]));
        return file;
      }
      if (isProperties) removed.push(...filledProperties(xml));
      // Anything besides the root element is a property or a label.
      else if ((xml.match(/<[A-Za-z_]/g)?.length ?? 0) > 1) removed.push('custom-properties');
      return { ...file, data: encoder.encode(empty), changed: true };
    }
    return cleanPart(file, removed, notRemoved);
  });
  return {
    type,
    bytes: writeZip(cleaned),
    removed: sortedItems(removed),
    notRemoved: sortedItems(notRemoved),
  };
}

/** Any other part: pictures scrubbed, names and paths in the content looked for. */
function cleanPart(file: ZipFile, removed: MetadataItem[], notRemoved: MetadataItem[]): ZipFile {
  const scrubbed = scrubJpeg(file.data) ?? scrubPng(file.data);
  if (scrubbed) {
    if (scrubbed.items.length === 0) return file;
    // A picture shown turned by its EXIF orientation would lie down once the EXIF is gone.
    if (scrubbed.orientation !== 1) {
      notRemoved.push(...scrubbed.items);
      return file;
    }
    removed.push(...scrubbed.items);
    return { ...file, data: scrubbed.bytes, changed: true };
  }
  const name = file.entry.name;
  // Content parts can be large: searched as bytes; only the small parts are decoded.
  const bytes = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
  if (COMMENT_PARTS.test(name) || bytes.includes(' w:author="'))
    notRemoved.push('comments-authors');
  if (bytes.includes('<x15ac:absPath ')) notRemoved.push('file-paths');
  if (name.endsWith('.rels') && LOCAL_TARGET.test(decoder.decode(file.data))) {
    notRemoved.push('file-paths');
  }
  if (/^customXml\/item\d+\.xml$/.test(name) && /<[^>]+>[^<\s]/.test(decoder.decode(file.data))) {
    notRemoved.push('custom-properties');
  }
  return file;
}

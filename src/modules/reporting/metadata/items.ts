/**
 * What a cleaned attachment reports back to the reporter: stable codes the web app translates
 * (ky/ru/en), and the error an attachment is refused with. Codes never change meaning once
 * shipped, because they are stored with each attachment.
 */
export const METADATA_ITEMS = [
  'gps-position',
  'camera',
  'date-taken',
  'software',
  'author',
  'last-modified-by',
  'title',
  'description',
  'dates',
  'company',
  'template',
  'editing-statistics',
  'custom-properties',
  'comments-authors',
  'file-paths',
  'document-id',
  'private-data',
  'exif',
  'xmp',
  'iptc',
  'thumbnail',
  'icc-profile',
  'image-comments',
  'image-content',
  'embedded-content',
  'text-content',
] as const;

export type MetadataItem = (typeof METADATA_ITEMS)[number];

export interface CleanedAttachment {
  /** The real type (mime), from the bytes, not from what the browser declared. */
  type: string;
  bytes: Uint8Array;
  removed: MetadataItem[];
  notRemoved: MetadataItem[];
}

export type RejectionCode =
  | 'attachment_type_not_allowed'
  | 'attachment_unreadable'
  | 'attachment_too_large'
  | 'attachment_encrypted';

/** A file we will not store; `detail` is English for logs, the code is what the reporter sees. */
export class AttachmentRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${detail}`, options);
    this.name = 'AttachmentRejected';
  }
}

/** Items in the order of METADATA_ITEMS, without repeats, so results read the same every time. */
export function sortedItems(items: Iterable<MetadataItem>): MetadataItem[] {
  const set = new Set(items);
  return METADATA_ITEMS.filter((item) => set.has(item));
}

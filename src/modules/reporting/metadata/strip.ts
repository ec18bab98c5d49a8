import { cleanImage } from './image.ts';
import { AttachmentRejected, type CleanedAttachment } from './items.ts';
import { cleanOffice } from './office.ts';
import { cleanPdf } from './pdf.ts';
import { detectAttachmentType, MAX_ATTACHMENT_BYTES } from './types.ts';
import { listZip } from './zip.ts';

export {
  AttachmentRejected,
  type CleanedAttachment,
  METADATA_ITEMS,
  type MetadataItem,
  type RejectionCode,
} from './items.ts';

/**
 * Removes what a file says about who made it, before it is encrypted and stored. Every failure is
 * an AttachmentRejected (never a library's own error), so intake can answer with a 4xx and the
 * reporter learns which file was refused and why.
 */
export async function removeMetadata(
  bytes: Uint8Array,
  fileName: string,
): Promise<CleanedAttachment> {
  try {
    return await clean(bytes, fileName);
  } catch (error) {
    if (error instanceof AttachmentRejected) throw error;
    // A library tripping over a hostile file: still the reporter's file that we cannot read.
    const message = error instanceof Error ? error.message : String(error);
    throw new AttachmentRejected('attachment_unreadable', `unexpected: ${message}`, {
      cause: error,
    });
  }
}

async function clean(bytes: Uint8Array, fileName: string): Promise<CleanedAttachment> {
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AttachmentRejected('attachment_too_large', `${bytes.length} bytes`);
  }
  // A zip that is too big unpacked, or broken, should say so rather than "not allowed".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    listZip(bytes);
  const type = detectAttachmentType(bytes, fileName);
  switch (type) {
    case null:
      throw new AttachmentRejected(
        'attachment_type_not_allowed',
        `not an accepted type: ${fileName}`,
      );
    case 'image/jpeg':
    case 'image/png':
    case 'image/webp':
      return cleanImage(bytes, type);
    case 'application/pdf':
      return cleanPdf(bytes);
    case 'text/plain':
      // Plain text has no metadata; its words are the reporter's to check.
      return { type, bytes, removed: [], notRemoved: ['text-content'] };
    default:
      return cleanOffice(bytes, type);
  }
}

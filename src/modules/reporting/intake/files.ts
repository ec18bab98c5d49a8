import { AppError } from '../../../platform/http/errors.ts';
import { AttachmentRejected, removeMetadata } from '../metadata/strip.ts';
import { ATTACHMENT_LIMITS } from './content.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file ready for encryption: its metadata stripped, and the account of what was (not) removed. */
export interface CleanFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  removed: string[];
  notRemoved: string[];
}

/** Keeps the name's final part only, without control characters; the name is stored encrypted. */
const safeName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 200) || 'file';

export async function cleanFiles(files: readonly UploadedFile[]): Promise<CleanFile[]> {
  if (files.length > ATTACHMENT_LIMITS.maxFiles)
    throw new AppError(413, 'attachments_too_many', { max: ATTACHMENT_LIMITS.maxFiles });
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > ATTACHMENT_LIMITS.maxTotalBytes)
    throw new AppError(413, 'attachments_too_large', {
      maxTotalBytes: ATTACHMENT_LIMITS.maxTotalBytes,
    });
  const out: CleanFile[] = [];
  for (const file of files) {
    const name = safeName(file.name);
    if (file.bytes.length === 0) throw new AppError(400, 'attachment_empty', { name });
    try {
      const clean = await removeMetadata(file.bytes, name);
      out.push({
        name,
        type: clean.type,
        bytes: clean.bytes,
        removed: [...clean.removed],
        notRemoved: [...clean.notRemoved],
      });
    } catch (err) {
      if (err instanceof AttachmentRejected) throw new AppError(415, err.code, { name });
      throw err;
    }
  }
  return out;
}

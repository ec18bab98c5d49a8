import { z } from 'zod';

/** What the reporter writes. Stored only encrypted; validated before anything else happens. */
export const reportContent = z.object({
  category: z.string().min(1).max(40),
  agencyId: z.uuid().optional(),
  title: z.string().trim().min(3).max(200),
  text: z.string().trim().min(20).max(20_000),
  happenedOn: z.iso.date().optional(),
  place: z.string().trim().max(200).optional(),
  involved: z.string().trim().max(1000).optional(),
  identity: z
    .object({
      name: z.string().trim().min(2).max(200),
      contact: z.string().trim().min(3).max(200),
      position: z.string().trim().max(200).optional(),
    })
    .optional(),
});
export type ReportInput = z.infer<typeof reportContent>;

export const identityInput = reportContent.shape.identity.unwrap();
export type IdentityInput = z.infer<typeof identityInput>;

/** The encrypted part of a report. */
export interface ReportBody {
  title: string;
  text: string;
  happenedOn: string | null;
  place: string | null;
  involved: string | null;
}

export interface AttachmentDescription {
  name: string;
  type: string;
  size: number;
  removed: string[];
  notRemoved: string[];
}

export const ATTACHMENT_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
} as const;

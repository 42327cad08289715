import { z } from 'zod';

/** Why a snapshot was taken. Pure zod: shared with the bridge contract. */
export const RevisionReason = z.enum(['autosave', 'status', 'close', 'command', 'before-restore', 'conflict', 'recovered']);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const RevisionId = z.string().regex(/^\d{8}T\d{9}Z-r\d+$/, 'not a revision id');

export interface RevisionSummary {
  id: string;
  time: string;
  headline: string;
  revision: number;
  reason: RevisionReason;
  words: number;
}

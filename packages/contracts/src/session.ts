import { z } from 'zod';
import { pageInputSchema, pageOf, uuidSchema } from './common.ts';

export const sessionEndReasons = [
  'logout',
  'revoked',
  'revoked_others',
  'password_changed',
  'refresh_reuse',
  'account_deleted',
  'expired',
  /** Platform staff suspended the account. */
  'suspended',
] as const;

export const sessionOutput = z.object({
  id: z.string(),
  device: z.string().nullable().describe('User agent of the device that logged in'),
  ip: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  endedAt: z.date().nullable(),
  endReason: z.enum(sessionEndReasons).nullable(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionOutput>;

/** Active sessions, a page at a time (an account used on many devices has many). */
export const sessionListInput = pageInputSchema.default({ limit: 20 });
export const sessionListOutput = pageOf(sessionOutput);
export const sessionHistoryInput = pageInputSchema;
export const sessionHistoryOutput = pageOf(sessionOutput);
export const sessionIdInput = z.object({ id: uuidSchema });
export const revokedCountOutput = z.object({ revoked: z.number().int() });

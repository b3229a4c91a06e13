import type { FollowUpDelivery, FollowUpKind } from '@bosonline/contracts';
import type { OrderFollowUp, Prisma } from '@bosonline/db';

/** What the provider last said about a follow-up's message; null until it says anything. */
export function deliveryOf(row: {
  deliveryStatus: string | null;
  deliveryStatusAt: Date | null;
  deliveryError: string | null;
}): FollowUpDelivery | null {
  if (!row.deliveryStatus || !row.deliveryStatusAt) return null;
  return {
    status: row.deliveryStatus as FollowUpDelivery['status'],
    at: row.deliveryStatusAt,
    error: row.deliveryError,
  };
}

/** One follow-up as "Follow Up Attempts" and the order's detail show it. */
export function followUpView(row: OrderFollowUp) {
  return {
    kind: row.kind as FollowUpKind,
    attempt: row.attempt,
    status: row.status,
    message: row.message,
    waLink: row.waLink,
    delivery: deliveryOf(row),
    at: row.createdAt,
    dueAt: row.dueAt,
  };
}

/** Oldest first; planned ones share their creation time, so then by series and number. */
export const followUpOrder = [
  { createdAt: 'asc' },
  { kind: 'asc' },
  { attempt: 'asc' },
  { id: 'asc' },
] as const satisfies Prisma.OrderFollowUpOrderByWithRelationInput[];

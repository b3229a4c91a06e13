import type { FollowUpDelivery } from '@bosonline/contracts';

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

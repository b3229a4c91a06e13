// Who places an order through the checkout (`POST /order/{id}`). One flag on the checkout's
// context, so the rules that concern only buyers (the Order Shield's spam holds, the COD risk hold)
// can ask `entry.origin === 'manual'` and stand aside for an order a seller's staff took themselves.

/** A buyer on a published form: the public checkout. */
export interface CheckoutEntry {
  origin: 'checkout';
}

/**
 * A seller's staff member placing the order for a buyer ("Atur Pengiriman" in the dashboard, or
 * the same endpoint with a token): they become its handler, and the store is theirs.
 */
export interface ManualEntry {
  origin: 'manual';
  storeId: string;
  userId: string;
  /** The caller's membership of the store: the order's CS (`csMemberId`), not the rotation's pick. */
  memberId: string;
  /** The caller's phone, the buyer's contact in the answer (`cs_phone`). */
  phone: string | null;
}

export type OrderEntry = CheckoutEntry | ManualEntry;

export const checkoutEntry: CheckoutEntry = { origin: 'checkout' };

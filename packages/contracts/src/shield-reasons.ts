// Kept apart from shield.ts so the order schemas can name them without importing the shield's,
// and free of zod: the dashboard's order list imports `heldByBlockList` from here on its first
// load, which must not bring the schema library with it (the schema is in store-order.ts).

/** Why an order is held; the text beside each code is for the seller. */
export const shieldReasonCodes = [
  'name_too_short',
  'address_too_short',
  'phone_velocity',
  'ip_velocity',
  'whatsapp_invalid',
  'blocked_word',
  'blocked_phone',
  'blocked_ip',
  'blocked_device',
] as const;
export type ShieldReasonCode = (typeof shieldReasonCodes)[number];

export type ShieldReason = { code: ShieldReasonCode; text: string };

/** The reasons that come from the store's block lists rather than from the form's rules. */
export const blockListReasonCodes: readonly ShieldReasonCode[] = [
  'blocked_phone',
  'blocked_ip',
  'blocked_device',
];

/**
 * Whether an order was held because its buyer is on a block list. Such an order takes no stock
 * while held (a listed spammer must not drain it); "Bukan spam" takes it then.
 */
export function heldByBlockList(reasons: ReadonlyArray<{ code: string }>): boolean {
  return reasons.some((r) => (blockListReasonCodes as readonly string[]).includes(r.code));
}

// The fixed lists of states and kinds that screens filter by. Kept apart from the schemas (and
// free of zod) so a page's URL filters can name them without loading every schema of the API.

export const abandonedStates = ['open', 'recovered', 'followed_up'] as const;

export const catalogStatuses = ['active', 'inactive'] as const;

export const orderStatuses = [
  'unpaid',
  'paid',
  'processing',
  'booking',
  /** A risky COD order held until the buyer confirms it on WhatsApp (COD risk policy): nothing booked. */
  'awaiting_confirmation',
  'ready_to_ship',
  'shipped',
  'delivered',
  'returned',
  'canceled',
  'suspicious',
] as const;

export const orderPaymentMethods = ['cod', 'bank_transfer', 'payment_gateway'] as const;

/** Where now falls in the voucher's window; independent of its active/inactive status. */
export const voucherStates = ['upcoming', 'running', 'ended'] as const;

/** How the platform's staff have marked a seller (none: not marked). */
export const sellerMarkings = ['verified', 'watch', 'fraud'] as const;

/** Staff markings of a product (the console's filter and "Update Marking Product"). */
export const productMarkings = ['verified', 'watch', 'banned'] as const;

/** How the admin dashboard's revenue groups: `week` is the ISO week, Monday to Sunday. */
export const revenuePeriods = ['day', 'week', 'month'] as const;

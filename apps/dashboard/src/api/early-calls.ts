import { orderListInput } from '../routes/orders/list-input.ts';

// The API calls a page opened cold (a reload, a bookmark) makes first, by its URL under /app with
// no query string. index.html starts them as one tRPC batch as soon as the reloaded session's
// token is back, while the page's code (~300 KB on a phone at 1.6 Mbps: two seconds) is still
// downloading; the page's loaders then take these answers (early-answers.ts) instead of asking
// again once the code has run. The build writes this table into index.html
// (build/early-calls.ts), so it must stay import-free beyond plain functions like orderListInput.

export interface EarlyCall {
  /** The procedure, as in a tRPC batch URL: `order.list`. */
  path: string;
  /** Its input exactly as the page's own query would send it (none: omitted). */
  input?: unknown;
}

export const earlyCalls: Record<string, EarlyCall[]> = {
  // The layout's `profile.me` (the menu follows the role) and the first page of all orders.
  '/app/orders': [{ path: 'profile.me' }, { path: 'order.list', input: orderListInput({}) }],
};

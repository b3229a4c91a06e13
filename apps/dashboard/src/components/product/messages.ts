import { translateValidation } from '../../i18n/i18n.tsx';
import type { WithProducts } from '../../i18n/products.ts';

/**
 * A contracts or server message about a product field in the reader's language: the product
 * catalogue's own table first, then the dashboard's shared one. The server's 409 names the SKU
 * ("SKU X is already used…"), so it is matched by its meaning rather than word for word.
 */
export function productText(t: WithProducts, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  if (/^SKU .+ is already used/.test(message)) return t.products.form.skuTaken;
  return t.products.validation[message] ?? translateValidation(t, message);
}

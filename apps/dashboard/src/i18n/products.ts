import type { Messages } from './messages.id.ts';
import { productsEn } from './products.en.ts';
import { type ProductsMessages, productsId } from './products.id.ts';

/** The words of the Produk pages, loaded with them (i18n.tsx `Sections`): `useT(productsSection)`. */
export const productsSection = { products: { id: productsId, en: productsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithProducts = Messages & { products: ProductsMessages };

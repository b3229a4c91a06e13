import type { WithSections } from './i18n.tsx';
import { productsEn } from './products.en.ts';
import { productsId } from './products.id.ts';

/** The words of the Produk pages, loaded with them (i18n.tsx `Sections`): `useT(productsSection)`. */
export const productsSection = { products: { id: productsId, en: productsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithProducts = WithSections<typeof productsSection>;

import { conversionsEn } from './conversions.en.ts';
import { conversionsId } from './conversions.id.ts';
import type { WithSections } from './i18n.tsx';

/** The words of the conversion (pixel) settings and deliveries, loaded with them (i18n.tsx `Sections`): `useT(conversionsSection)`. */
export const conversionsSection = { conversions: { id: conversionsId, en: conversionsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithConversions = WithSections<typeof conversionsSection>;

import { adminEn } from './admin.en.ts';
import { adminId } from './admin.id.ts';
import type { WithSections } from './i18n.tsx';

/** The words of the platform console, loaded with them (i18n.tsx `Sections`): `useT(adminSection)`. */
export const adminSection = { admin: { id: adminId, en: adminEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithAdmin = WithSections<typeof adminSection>;

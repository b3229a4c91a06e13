import { adminEn } from './admin.en.ts';
import { adminId } from './admin.id.ts';
import type { Messages } from './messages.id.ts';

/** The words of the platform console, loaded with them (i18n.tsx `Sections`): `useT(adminSection)`. */
export const adminSection = { admin: { id: adminId, en: adminEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithAdmin = Messages & { admin: typeof adminId };

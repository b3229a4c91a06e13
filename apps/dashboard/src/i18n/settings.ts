import type { WithSections } from './i18n.tsx';
import { settingsEn } from './settings.en.ts';
import { settingsId } from './settings.id.ts';

/** The words of Pengaturan's pages, loaded with them (i18n.tsx `Sections`): `useT(settingsSection)`. */
export const settingsSection = { settings: { id: settingsId, en: settingsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithSettings = WithSections<typeof settingsSection>;

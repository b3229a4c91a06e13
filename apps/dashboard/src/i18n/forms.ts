import { formsEn } from './forms.en.ts';
import { formsId } from './forms.id.ts';
import type { WithSections } from './i18n.tsx';

/** The words of the Form pages, loaded with them (i18n.tsx `Sections`): `useT(formsSection)`. */
export const formsSection = { forms: { id: formsId, en: formsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithForms = WithSections<typeof formsSection>;

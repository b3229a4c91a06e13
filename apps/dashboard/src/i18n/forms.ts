import { formsEn } from './forms.en.ts';
import { type FormsMessages, formsId } from './forms.id.ts';
import type { Messages } from './messages.id.ts';

/** The words of the Form pages, loaded with them (i18n.tsx `Sections`): `useT(formsSection)`. */
export const formsSection = { forms: { id: formsId, en: formsEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithForms = Messages & { forms: FormsMessages };

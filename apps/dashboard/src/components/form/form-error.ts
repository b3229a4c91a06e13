import type { WithForms } from '../../i18n/forms.ts';
import { translateValidation } from '../../i18n/i18n.tsx';

/** A form rule's message (browser or server) in the reader's language. */
export function formError(t: WithForms, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return t.forms.validation[message] ?? translateValidation(t, message);
}

import { translateValidation } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';

/** A form rule's message (browser or server) in the reader's language. */
export function formError(t: Messages, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return t.forms.validation[message] ?? translateValidation(t, message);
}

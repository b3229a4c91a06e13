import { isBosError } from '@bosonline/sdk';
import { notifications } from '@mantine/notifications';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { translateValidation } from '../../i18n/i18n.tsx';
import type { WithSettings } from '../../i18n/settings.ts';

/** A contracts message in the reader's language: the settings table first, then the common one. */
export function settingsValidation(t: WithSettings, message: string | undefined): string | undefined {
  return message === undefined
    ? undefined
    : (t.settings.validation[message] ?? translateValidation(t, message));
}

/** Why a save failed, for a message above the form: a 409 is a clash, the rest as everywhere. */
export function saveFailure(t: WithSettings, error: unknown): string {
  if (isBosError(error, 'CONFLICT')) return settingsValidation(t, error.message) ?? t.common.conflict;
  return errorMessage(t, error);
}

/**
 * After a failed save: the server's field errors under their fields, anything else as a red
 * notice that stays until read.
 */
export function reportSaveError<T extends FieldValues>(
  t: WithSettings,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
) {
  if (applyFieldErrors(t, error, setError, fields)) return;
  notifications.show({ color: 'red', message: saveFailure(t, error), autoClose: false });
}

/** Says a change went through. */
export function saved(message: string) {
  notifications.show({ color: 'green', message });
}

/**
 * One action outside a form (make default, delete, switch on or off): its success said, its
 * failure explained. Resolves to whether it went through. Without `success` the action shows its
 * own result (a secret to copy) instead of a notice.
 */
export async function act(t: WithSettings, run: () => Promise<unknown>, success?: string): Promise<boolean> {
  try {
    await run();
    if (success) saved(success);
    return true;
  } catch (error) {
    reportSaveError(t, error, () => {}, []);
    return false;
  }
}

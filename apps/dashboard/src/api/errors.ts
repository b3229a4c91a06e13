import { fieldErrors, isBosError } from '@bosonline/sdk';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { translateValidation } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.id.ts';

/** What to tell a person when a call failed for a reason that is not about one field. */
export function errorMessage(t: Messages, error: unknown): string {
  if (!isBosError(error)) return t.common.offline;
  const status = error.data?.httpStatus ?? 0;
  if (status === 0 || error.data === undefined) return t.common.offline;
  if (status === 403) return t.common.forbidden;
  if (status === 404) return t.common.notFound;
  if (status >= 500) return t.common.serverDown;
  return translateValidation(t, error.message) ?? t.common.loadFailed;
}

/**
 * Puts the server's per-field messages under the same fields the browser's check uses; returns
 * whether any landed, so the caller shows a general message only when none did.
 */
export function applyFieldErrors<T extends FieldValues>(
  t: Messages,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  let applied = false;
  for (const [field, messages] of Object.entries(fieldErrors(error))) {
    if (!fields.includes(field as Path<T>)) continue;
    setError(field as Path<T>, { type: 'server', message: translateValidation(t, messages[0]) });
    applied = true;
  }
  return applied;
}

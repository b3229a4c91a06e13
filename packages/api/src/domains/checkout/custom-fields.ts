import type { CreateOrderInput, CustomField } from '@bosonline/contracts';
import { badRequest } from '../../lib/errors.ts';

type Details = CreateOrderInput['receiver']['receiverDetail'];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A real calendar day: `2026-02-31` is refused, not read as 3 March. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** Why a filled-in value does not fit its field, or null when it does. */
function problemOf(field: CustomField, value: string): string | null {
  switch (field.type) {
    case 'email':
      return emailPattern.test(value) ? null : `${field.label} must be an email address`;
    case 'number':
      return Number.isFinite(Number(value)) ? null : `${field.label} must be a number`;
    case 'date':
      return isDay(value) ? null : `${field.label} must be a date (YYYY-MM-DD)`;
    case 'select':
      return field.options?.includes(value)
        ? null
        : `${field.label} must be one of ${field.options?.join(', ')}`;
    default:
      return null;
  }
}

/**
 * The form's own buyer fields, as `receiverDetail` carries them (`field_name` is the label, as in
 * the spec's example; the key is accepted too). Required ones must be filled and every filled one
 * must fit its type; details the form does not ask for are kept as the buyer sent them. All
 * problems are reported at once, each on `receiver.receiverDetail.<key>`.
 */
export function assertCustomFields(fields: CustomField[], details: Details) {
  const byName = new Map(details.map((d) => [d.fieldName.trim().toLowerCase(), d.value?.trim() ?? '']));
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    const value = byName.get(field.label.toLowerCase()) || byName.get(field.key) || '';
    const problem = value ? problemOf(field, value) : field.required ? `${field.label} is required` : null;
    if (problem) errors[`receiver.receiverDetail.${field.key}`] = [problem];
  }
  const first = Object.entries(errors)[0];
  if (first) throw badRequest(`Invalid input: ${first[0]}: ${first[1][0]}`, errors);
}

import { z } from 'zod';

/**
 * Indonesian mobile numbers are stored as `62…` digits. Buyers and sellers type `08…`, `+62…`,
 * `62…`, often with spaces or dashes; all of them normalise to the same value.
 * Returns undefined when the input is not a plausible Indonesian mobile number.
 */
export function normalizePhone(input: string): string | undefined {
  const digits = input.trim().replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+62\d+$/.test(digits)) national = digits.slice(3);
  else if (/^62\d+$/.test(digits)) national = digits.slice(2);
  else if (/^0\d+$/.test(digits)) national = digits.slice(1);
  else return undefined;
  // Mobile numbers start with 8 and have 9–12 digits after the country code.
  if (!/^8\d{8,11}$/.test(national)) return undefined;
  return `62${national}`;
}

/** A phone field: accepts the usual spellings, yields the normalised `62…` form. */
export const phoneSchema = z.string({ error: 'Phone number is required' }).transform((value, ctx) => {
  const phone = normalizePhone(value);
  if (!phone) {
    ctx.addIssue({ code: 'custom', message: 'Enter an Indonesian mobile number, e.g. 081234567890' });
    return z.NEVER;
  }
  return phone;
});

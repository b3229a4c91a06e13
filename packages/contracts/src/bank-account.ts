import { z } from 'zod';
import { boolParam, personNameSchema, uuidSchema } from './common.ts';

export const bankOutput = z.object({
  code: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
});
export const bankListOutput = z.array(bankOutput);

const accountNumberSchema = z
  .string({ error: 'Account number is required' })
  .trim()
  .regex(/^\d+$/, 'Account number must contain digits only')
  .min(5, 'Account number must be at least 5 digits')
  .max(20, 'Account number must be at most 20 digits');

const bankAccountFields = z.object({
  bankCode: z.string({ error: 'Bank is required' }).trim().toUpperCase().min(1, 'Bank is required'),
  accountNumber: accountNumberSchema,
  accountHolder: personNameSchema,
  active: z.boolean(),
});
export const bankAccountInput = bankAccountFields.extend({ active: z.boolean().default(true) });

// No defaults here: an edit that leaves a field out must leave it as it is.
export const bankAccountUpdateInput = bankAccountFields.partial().extend({ id: uuidSchema });
export const bankAccountStatusInput = z.object({ id: uuidSchema, active: z.boolean() });
export const bankAccountListInput = z.object({ active: boolParam.optional() }).default({});

export const bankAccountOutput = z.object({
  id: z.string(),
  bank: bankOutput,
  accountNumber: z.string(),
  accountHolder: z.string(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type BankAccountView = z.infer<typeof bankAccountOutput>;
export const bankAccountListOutput = z.array(bankAccountOutput);

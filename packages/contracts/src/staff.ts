import { z } from 'zod';
import {
  emailSchema,
  idListSchema,
  pageInputSchema,
  pageOf,
  passwordSchema,
  personNameSchema,
  uuidSchema,
} from './common.ts';
import { phoneSchema } from './phone.ts';
import { storeRoleSchema } from './profile.ts';

/** Roles that can be given through staff management; `owner` comes only with the store. */
export const staffRoles = ['admin', 'cs'] as const;
export const staffRoleSchema = z.enum(staffRoles, { error: 'Role must be admin or cs' });
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const memberStatuses = ['active', 'inactive'] as const;
/** What the store may set: `invited` becomes `active` only when the invited person accepts. */
export const memberStatusSchema = z.enum(memberStatuses, { error: 'Status must be active or inactive' });
export type MemberStatus = z.infer<typeof memberStatusSchema>;

/** A membership as stored: `invited` is an existing account that has not accepted yet (no access). */
export const memberStates = ['active', 'inactive', 'invited'] as const;
export const memberStateSchema = z.enum(memberStates, {
  error: 'Status must be active, inactive or invited',
});
export type MemberState = z.infer<typeof memberStateSchema>;

/** A CS member's share of new orders in the checkout's weighted rotation (0 = receives none). */
export const staffWeightSchema = z
  .number({ error: 'Weight must be a number' })
  .int('Weight must be a whole number')
  .min(0, 'Weight must be between 0 and 100')
  .max(100, 'Weight must be between 0 and 100');

export const staffListInput = pageInputSchema
  .extend({
    status: memberStateSchema.optional(),
    role: storeRoleSchema.optional(),
    /** Part of a name, email or phone number. */
    q: z.string().trim().max(100).optional(),
  })
  .default({ limit: 20 });

export const staffCreateInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  role: staffRoleSchema,
  /** Needed only when the email and phone belong to no account yet. */
  password: passwordSchema.optional(),
  weight: staffWeightSchema.default(1),
});

export const staffUpdateInput = z
  .object({ id: uuidSchema, role: staffRoleSchema.optional(), weight: staffWeightSchema.optional() })
  .refine(
    (v) => v.role !== undefined || v.weight !== undefined,
    'Nothing to update: give a role or a weight',
  );

export const staffStatusInput = z.object({ id: uuidSchema, status: memberStatusSchema });
export const staffStatusManyInput = z.object({ ids: idListSchema, status: memberStatusSchema });

export const staffOutput = z.object({
  id: z.string().describe('Membership id: what the staff procedures take'),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  role: storeRoleSchema,
  status: memberStateSchema,
  weight: z.number().int(),
  createdAt: z.date(),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type StaffView = z.infer<typeof staffOutput>;
export const staffListOutput = pageOf(staffOutput);

export const staffCreatedOutput = staffOutput.extend({
  /** False when the person already had an account and was only added to this store. */
  accountCreated: z.boolean(),
  /** False when the WhatsApp invitation could not be sent; the member exists either way. */
  invitationSent: z.boolean(),
});
export const staffUpdatedCountOutput = z.object({ updated: z.number().int() });

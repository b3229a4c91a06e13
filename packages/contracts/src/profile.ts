import { z } from 'zod';
import { emailSchema, passwordSchema, personNameSchema } from './common.ts';
import { phoneSchema } from './phone.ts';

export const storeRoles = ['owner', 'admin', 'cs'] as const;
export const storeRoleSchema = z.enum(storeRoles);
export type StoreRole = z.infer<typeof storeRoleSchema>;

export const meOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  createdAt: z.date(),
  /** The store this request acts in (the X-Store-Id one, else the user's own). */
  store: z.object({ id: z.string(), name: z.string(), role: storeRoleSchema }).nullable(),
  /** Every store the user works in, for a store switcher. */
  stores: z.array(z.object({ id: z.string(), name: z.string(), role: storeRoleSchema })),
});
export type Me = z.infer<typeof meOutput>;

/** A store's invitation waiting for this person's answer (profile.acceptInvitation / declineInvitation). */
export const invitationOutput = z.object({
  id: z.string().describe('Membership id: what acceptInvitation and declineInvitation take'),
  store: z.object({ id: z.string(), name: z.string() }),
  role: storeRoleSchema,
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.date(),
});
export type Invitation = z.infer<typeof invitationOutput>;
export const invitationsOutput = z.array(invitationOutput);

export const updateProfileInput = z
  .object({ name: personNameSchema, email: emailSchema, phone: phoneSchema })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Nothing to update');

export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: 'Current password is required' }).min(1).max(128),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'New password must differ from the current one',
    path: ['newPassword'],
  });

export const deleteAccountInput = z.object({
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(128),
});

import { z } from 'zod';
import { emailSchema, passwordSchema, personNameSchema } from './common.ts';
import { phoneSchema } from './phone.ts';
import { storeNameSchema } from './store.ts';

export const registerInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  password: passwordSchema,
  storeName: storeNameSchema.optional(),
});
export type RegisterInput = z.input<typeof registerInput>;

/** Log in with an email address or a phone number as the identifier. */
export const loginInput = z.object({
  login: z
    .string({ error: 'Email or phone is required' })
    .trim()
    .min(1, 'Email or phone is required')
    .max(254),
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(128),
});

export const adminLoginInput = z.object({
  email: emailSchema,
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(128),
});

export const refreshInput = z.object({
  refreshToken: z.string({ error: 'Refresh token is required' }).min(20, 'Invalid refresh token').max(200),
});

export const logoutInput = z.object({ refreshToken: z.string().max(200).optional() }).default({});

export const tokenPairOutput = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
  tokenType: z.literal('Bearer'),
});
export type TokenPair = z.infer<typeof tokenPairOutput>;

export const forgotPasswordInput = z.object({
  login: z
    .string({ error: 'Email or phone is required' })
    .trim()
    .min(1, 'Email or phone is required')
    .max(254),
});

export const resetPasswordInput = z.object({
  token: z.string({ error: 'Reset token is required' }).min(20, 'Invalid reset token').max(200),
  password: passwordSchema,
});

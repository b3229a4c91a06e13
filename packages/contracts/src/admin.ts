import { z } from 'zod';

export const adminRoles = ['superadmin', 'admin', 'support'] as const;

export const adminMeOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(adminRoles),
});

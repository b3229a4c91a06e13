import { z } from 'zod';
import {
  boolParam,
  emailSchema,
  idListSchema,
  pageInputSchema,
  pageOf,
  passwordSchema,
  personNameSchema,
  uuidSchema,
} from './common.ts';
import { adminPermissions, adminRoles } from './permissions.ts';
import { sellerMarkings } from './states.ts';

export const adminRoleSchema = z.enum(adminRoles, {
  error: `Role must be one of ${adminRoles.join(', ')}`,
});

export const adminMeOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(adminRoles),
  /** What the role may do (the one table), so a console hides what the server would refuse. */
  permissions: z.array(z.enum(adminPermissions)),
});

// --- Internal users (AdminBosOnline › auth) -------------------------------------------------

export const internalUserOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: adminRoleSchema,
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const internalUserPageOutput = pageOf(internalUserOutput);

export const internalUserListInput = pageInputSchema
  .extend({
    role: adminRoleSchema.optional(),
    active: boolParam.optional(),
    /** Part of a name or email. */
    q: z.string().trim().max(100).optional(),
  })
  .default({ limit: 20 });

export const internalUserCreateInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: adminRoleSchema,
});

export const internalUserUpdateInput = z
  .object({
    id: uuidSchema,
    name: personNameSchema.optional(),
    email: emailSchema.optional(),
    role: adminRoleSchema.optional(),
    /** A new password; the user's sessions end with it. */
    password: passwordSchema.optional(),
  })
  .refine((v) => v.name ?? v.email ?? v.role ?? v.password, { error: 'Nothing to change' });

export const internalUserActiveInput = z.object({ id: uuidSchema, active: boolParam });

// --- Audit log --------------------------------------------------------------------------------

export const auditLogOutput = z.object({
  id: z.string(),
  adminUserId: z.string(),
  adminEmail: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string(),
  ip: z.string().nullable(),
  createdAt: z.date(),
});
export const auditLogPageOutput = pageOf(auditLogOutput);

/** Newest first; position cursors (`<ms>_<id>`). */
export const auditLogListInput = pageInputSchema
  .extend({
    cursor: z.string().max(64).optional(),
    adminUserId: uuidSchema.optional(),
    /** A procedure path, e.g. `admin.seller.updateStatus`, or its prefix `admin.seller.`. */
    action: z.string().trim().max(100).optional(),
    targetType: z.string().trim().max(40).optional(),
    targetId: z.string().trim().max(100).optional(),
    from: z.coerce.date({ error: 'Must be a date' }).optional(),
    to: z.coerce.date({ error: 'Must be a date' }).optional(),
  })
  .default({ limit: 20 });

// --- Sellers (AdminBosOnline › Seller) --------------------------------------------------------

export const sellerMarkingSchema = z.enum(sellerMarkings, {
  error: `Marking must be one of ${sellerMarkings.join(', ')}`,
});
/** What staff may set a seller's status to (deleted accounts are the seller's own doing). */
export const sellerStatuses = ['active', 'suspended'] as const;
export const sellerStatusSchema = z.enum(sellerStatuses, { error: 'Status must be active or suspended' });

export const sellerListInput = pageInputSchema
  .extend({
    /** Newest first; position cursors (`<ms>_<id>`). */
    cursor: z.string().max(64).optional(),
    /** Part of a name, email or phone number, or of a store's name. */
    q: z.string().trim().max(100).optional(),
    status: z.enum(['active', 'suspended', 'deleted']).optional(),
    /** A marking, or `none` for sellers without one. */
    marking: z.enum([...sellerMarkings, 'none']).optional(),
    registeredFrom: z.coerce.date({ error: 'Must be a date' }).optional(),
    registeredTo: z.coerce.date({ error: 'Must be a date' }).optional(),
  })
  .default({ limit: 20 });

export const sellerStoreOutput = z.object({ id: z.string(), name: z.string(), slug: z.string().nullable() });

export const sellerOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  status: z.enum(['active', 'suspended', 'deleted']),
  marking: sellerMarkingSchema.nullable(),
  registeredAt: z.date(),
  stores: z.array(sellerStoreOutput),
});
export const sellerPageOutput = pageOf(sellerOutput);

export const sellerDetailOutput = sellerOutput.extend({
  updatedAt: z.date(),
  /** Sessions still open (0 right after a suspension). */
  activeSessions: z.number().int(),
  stores: z.array(
    sellerStoreOutput.extend({
      forms: z.number().int(),
      products: z.number().int(),
      orders: z.number().int(),
    }),
  ),
});

/** "Update Seller Detail Status & Marking": either or both; `marking: null` clears it. */
export const sellerStatusMarkingInput = z
  .object({
    id: uuidSchema,
    status: sellerStatusSchema.optional(),
    marking: sellerMarkingSchema.nullable().optional(),
  })
  .refine((v) => v.status !== undefined || v.marking !== undefined, {
    error: 'Give a status, a marking or both',
  });

/** "Update Marking Sellers": one marking (or none) for many sellers at once. */
export const sellerMarkingManyInput = z.object({
  ids: idListSchema,
  marking: sellerMarkingSchema.nullable(),
});
export const sellerUpdatedCountOutput = z.object({ updated: z.number().int() });

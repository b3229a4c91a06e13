import { z } from 'zod';
import { maxInt4, pageInputSchema, pageOf, rupiahSchema, uuidSchema } from './common.ts';
import { phoneSchema } from './phone.ts';
import { voucherStates } from './states.ts';

export const voucherKinds = ['product', 'shipping'] as const;
export const voucherKindSchema = z.enum(voucherKinds, { error: 'Kind must be product or shipping' });
export const voucherValueTypes = ['percentage', 'fixed'] as const;
export const voucherValueTypeSchema = z.enum(voucherValueTypes, {
  error: 'Value type must be percentage or fixed',
});
export const voucherStatuses = ['active', 'inactive'] as const;
export const voucherStatusSchema = z.enum(voucherStatuses, { error: 'Status must be active or inactive' });
export const voucherStateSchema = z.enum(voucherStates, {
  error: 'State must be upcoming, running or ended',
});
export type VoucherState = z.infer<typeof voucherStateSchema>;

/** Buyers type codes at checkout: letters, digits, _ and - only; matched case-insensitively. */
export const voucherCodeSchema = z
  .string({ error: 'Code is required' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, 'Code must be 3–32 letters, digits, _ or -');

const dateSchema = (label: string) => z.coerce.date({ error: `${label} must be a valid date and time` });
const countSchema = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`)
    .max(10_000_000, `${label} is too large`);

// No defaults here: `.partial()` of a defaulted field would reset it on every update.
const voucherFields = z.object({
  code: voucherCodeSchema,
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(120),
  kind: voucherKindSchema,
  valueType: voucherValueTypeSchema,
  /** Percent (1..100) or rupiah, per valueType. */
  value: z
    .number({ error: 'Value must be a number' })
    .int('Value must be a whole number')
    .max(maxInt4, 'Value is too large'),
  /** Cap of a percentage discount in rupiah; null = no cap. */
  maxDiscount: rupiahSchema.min(1, 'Max discount must be at least 1').nullable(),
  minPurchase: rupiahSchema,
  /** Total uses allowed; null = unlimited. */
  quota: countSchema('Quota').nullable(),
  /** Uses allowed per buyer (by phone number); null = unlimited. */
  perBuyerLimit: countSchema('Per-buyer limit').nullable(),
  startsAt: dateSchema('Start'),
  endsAt: dateSchema('End'),
  status: voucherStatusSchema,
  /** Offered at checkout to every buyer; false = a private code (resellers, VIPs) applied only when typed. */
  listed: z.boolean({ error: 'Listed must be true or false' }),
});

export interface VoucherRuleFields {
  valueType: 'percentage' | 'fixed';
  value: number;
  maxDiscount: number | null;
  startsAt: Date;
  endsAt: Date;
}

/** Rules across fields, shared by the create schema and the update service (which merges first). */
export function voucherRuleIssues(
  v: VoucherRuleFields,
): { field: keyof VoucherRuleFields; message: string }[] {
  const issues: { field: keyof VoucherRuleFields; message: string }[] = [];
  if (v.valueType === 'percentage' && (v.value < 1 || v.value > 100)) {
    issues.push({ field: 'value', message: 'A percentage value must be between 1 and 100' });
  }
  if (v.valueType === 'fixed' && v.value < 1) {
    issues.push({ field: 'value', message: 'A fixed value must be at least 1 rupiah' });
  }
  if (v.valueType === 'fixed' && v.maxDiscount !== null) {
    issues.push({ field: 'maxDiscount', message: 'Max discount applies to percentage vouchers only' });
  }
  if (v.endsAt.getTime() <= v.startsAt.getTime()) {
    issues.push({ field: 'endsAt', message: 'End must be after the start' });
  }
  return issues;
}

export const voucherInput = voucherFields
  .extend({
    maxDiscount: voucherFields.shape.maxDiscount.nullish().transform((v) => v ?? null),
    minPurchase: rupiahSchema.default(0),
    quota: voucherFields.shape.quota.nullish().transform((v) => v ?? null),
    perBuyerLimit: voucherFields.shape.perBuyerLimit.nullish().transform((v) => v ?? null),
    status: voucherStatusSchema.default('active'),
    listed: voucherFields.shape.listed.default(true),
  })
  .superRefine((v, ctx) => {
    for (const issue of voucherRuleIssues(v)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  });

export const voucherUpdateInput = voucherFields.partial().extend({ id: uuidSchema });
export const voucherStatusInput = z.object({ id: uuidSchema, status: voucherStatusSchema });

export const voucherListInput = pageInputSchema
  .extend({
    status: voucherStatusSchema.optional(),
    kind: voucherKindSchema.optional(),
    state: voucherStateSchema.optional(),
    /** Part of the code or name. */
    q: z.string().trim().max(100).optional(),
  })
  .default({ limit: 20 });

export const voucherOutput = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: voucherKindSchema,
  valueType: voucherValueTypeSchema,
  value: z.number().int(),
  maxDiscount: z.number().int().nullable(),
  minPurchase: z.number().int(),
  quota: z.number().int().nullable(),
  used: z.number().int(),
  remaining: z.number().int().nullable().describe('Uses left; null = unlimited'),
  perBuyerLimit: z.number().int().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  status: voucherStatusSchema,
  listed: z
    .boolean()
    .describe('Offered to every buyer at checkout; false = a private code, applied only when typed'),
  state: voucherStateSchema,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type VoucherView = z.infer<typeof voucherOutput>;
export const voucherListOutput = pageOf(voucherOutput);

const amountParam = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number of rupiah`)
    .min(0, `${label} must not be negative`)
    .max(maxInt4, `${label} is too large`);

/** Numbers are coerced: on the REST door they arrive as query strings. */
export const voucherCheckoutInput = z.object({
  storeId: uuidSchema,
  subtotal: amountParam('Subtotal'),
  shippingCost: amountParam('Shipping cost').default(0),
  buyerPhone: phoneSchema.optional(),
});

/** What a buyer sees of a voucher: its terms and what it takes off, never its quota or use counts. */
export const checkoutVoucherOutput = voucherOutput
  .pick({
    id: true,
    code: true,
    name: true,
    kind: true,
    valueType: true,
    value: true,
    maxDiscount: true,
    minPurchase: true,
    endsAt: true,
  })
  .extend({
    discount: z.number().int().describe('Rupiah this voucher takes off the given subtotal or shipping cost'),
  });
export type CheckoutVoucherView = z.infer<typeof checkoutVoucherOutput>;
export const checkoutVoucherListOutput = z.array(checkoutVoucherOutput);

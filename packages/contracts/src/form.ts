import { z } from 'zod';
import { optionalText, pageInputSchema, pageOf, rupiahSchema, uuidSchema } from './common.ts';
import { catalogStatusSchema } from './product.ts';
import { riskActions, riskPolicyObject, riskPolicySchema } from './risk.ts';
import { shieldRulesOutput, shieldRulesSchema } from './shield.ts';
import { httpsUrlSchema } from './store.ts';

// Order forms: the public checkout pages (`/f/{slug}`). The JSON settings of a form are parsed
// through these schemas both when written and when read back, so every reader gets typed values.

export const formPaymentMethods = ['cod', 'bank_transfer', 'payment_gateway'] as const;
export const formPaymentMethodSchema = z.enum(formPaymentMethods, {
  error: 'Payment method must be cod, bank_transfer or payment_gateway',
});
export type FormPaymentMethod = z.infer<typeof formPaymentMethodSchema>;

/** Couriers a form may offer (codes as the shipping API names them). */
export const courierCodes = [
  'jne',
  'jnt',
  'sicepat',
  'anteraja',
  'ninja',
  'idx',
  'sap',
  'pos',
  'lion',
  'tiki',
] as const;
export const courierCodeSchema = z
  .string({ error: 'Courier is required' })
  .trim()
  .toLowerCase()
  .pipe(z.enum(courierCodes, { error: `Courier must be one of ${courierCodes.join(', ')}` }));

export const formSlugRules = { min: 3, max: 60 } as const;
/** Lower-case letters, digits and inner hyphens, 3–60 characters: the form's public address. */
export const formSlugSchema = z
  .string({ error: 'Slug is required' })
  .trim()
  .toLowerCase()
  .min(formSlugRules.min, `Slug must be at least ${formSlugRules.min} characters`)
  .max(formSlugRules.max, `Slug must be at most ${formSlugRules.max} characters`)
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    'Slug may contain a–z, 0–9 and - only, and cannot start or end with -',
  );

/** Whole numbers or at most two decimals (2.5 %, 0.25 %), so stored figures stay exact. */
function percentSchema(label: string, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} must not be negative`)
    .max(max, `${label} must be at most ${max}`)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, `${label} may have at most 2 decimals`);
}

export const formCourierSchema = z.object({
  code: courierCodeSchema,
  services: z
    .array(
      z
        .string({ error: 'Service code is required' })
        .trim()
        .toUpperCase()
        .min(1, 'Service code is required')
        .max(20, 'Service code must be at most 20 characters'),
    )
    .min(1, 'Pick at least one service of this courier')
    .max(20, 'At most 20 services per courier')
    .transform((services) => [...new Set(services)]),
});
export const formCouriersSchema = z
  .array(formCourierSchema)
  .min(1, 'Pick at least one courier')
  .max(courierCodes.length, `At most ${courierCodes.length} couriers`)
  .superRefine((couriers, ctx) => {
    const seen = new Set<string>();
    couriers.forEach((c, i) => {
      if (seen.has(c.code)) {
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'This courier is listed twice' });
      }
      seen.add(c.code);
    });
  });
export type FormCourier = z.output<typeof formCourierSchema>;

export const codFeeTypes = ['none', 'percent', 'fixed'] as const;
/** The COD fee on the goods value: a percentage (0..100) or a fixed rupiah amount. */
export const codFeeSchema = z
  .object({
    type: z.enum(codFeeTypes, { error: 'COD fee type must be none, percent or fixed' }),
    value: z.number({ error: 'COD fee must be a number' }).default(0),
  })
  .superRefine((fee, ctx) => {
    const check =
      fee.type === 'percent' ? percentSchema('COD fee', 100) : fee.type === 'fixed' ? rupiahSchema : null;
    const result = check?.safeParse(fee.value);
    if (result && !result.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: result.error.issues[0]?.message ?? 'Invalid',
      });
    }
  })
  .transform((fee) => (fee.type === 'none' ? { type: fee.type, value: 0 } : fee));
export type CodFee = z.output<typeof codFeeSchema>;

export const insuranceModes = ['none', 'optional', 'required'] as const;
/** Parcel insurance: a percentage (0..10) of the goods value, never less than `minimum` rupiah. */
export const insuranceSchema = z.object({
  mode: z.enum(insuranceModes, { error: 'Insurance must be none, optional or required' }),
  percent: percentSchema('Insurance', 10).default(0),
  minimum: rupiahSchema.default(0),
});
export type FormInsurance = z.output<typeof insuranceSchema>;

export const customFieldTypes = ['text', 'textarea', 'number', 'email', 'select', 'date'] as const;
export const customFieldSchema = z
  .object({
    key: z
      .string({ error: 'Key is required' })
      .trim()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        'Key must be snake_case: a–z, 0–9 and _, starting with a letter (≤ 40)',
      ),
    label: z.string({ error: 'Label is required' }).trim().min(1, 'Label is required').max(80),
    type: z.enum(customFieldTypes, { error: `Type must be one of ${customFieldTypes.join(', ')}` }),
    required: z.boolean().default(false),
    options: z
      .array(z.string().trim().min(1, 'Option is required').max(80, 'Option must be at most 80 characters'))
      .max(50, 'At most 50 options')
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'select' && !field.options?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'A select field needs at least one option',
      });
    }
    if (field.type !== 'select' && field.options !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only select fields have options' });
    }
  });
export const customFieldsSchema = z
  .array(customFieldSchema)
  .max(20, 'At most 20 custom fields')
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'This key is used by another field' });
      }
      seen.add(f.key);
    });
  });
export type CustomField = z.output<typeof customFieldSchema>;

const successPageObject = z.object({
  message: z.string().trim().max(2_000, 'Message must be at most 2000 characters').default(''),
  /** Where the buyer is sent after ordering instead of the message page. */
  redirectUrl: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(httpsUrlSchema.nullable()),
  whatsappButton: z
    .object({
      enabled: z.boolean().default(false),
      text: z.string().trim().max(60, 'Button text must be at most 60 characters').default(''),
    })
    .refine((b) => !b.enabled || b.text.length > 0, {
      path: ['text'],
      message: 'Button text is required when the button is shown',
    })
    .default({ enabled: false, text: '' }),
});
/** What the buyer sees after ordering. */
export const successPageSchema = successPageObject.default({
  message: '',
  redirectUrl: null,
  whatsappButton: { enabled: false, text: '' },
});
export type SuccessPage = z.output<typeof successPageSchema>;

const pixelsObject = z.object({
  metaPixelId: optionalText(20).pipe(
    z
      .string()
      .regex(/^\d{5,20}$/, 'Meta pixel id must be 5–20 digits')
      .nullable(),
  ),
  tiktokPixelId: optionalText(20)
    .transform((v) => v?.toUpperCase() ?? null)
    .pipe(
      z
        .string()
        .regex(/^[A-Z0-9]{20}$/, 'TikTok pixel id must be 20 letters and digits')
        .nullable(),
    ),
});
/** Ad pixels fired on the hosted page. */
export const pixelsSchema = pixelsObject.default({ metaPixelId: null, tiktokPixelId: null });
export type FormPixels = z.output<typeof pixelsSchema>;

const themeObject = z.object({
  primaryColor: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, 'Colour must be #rrggbb')
    .default('#16a34a'),
  buttonText: z
    .string()
    .trim()
    .min(1, 'Button text is required')
    .max(40, 'Button text must be at most 40 characters')
    .default('Pesan Sekarang'),
});
export const formThemeSchema = themeObject.default({ primaryColor: '#16a34a', buttonText: 'Pesan Sekarang' });
export type FormTheme = z.output<typeof formThemeSchema>;

export const formItemInput = z.object({
  variantId: uuidSchema,
  /** The price on this form; absent or null = the variant's own price. */
  price: rupiahSchema.nullish().transform((v) => v ?? null),
});

const formItemsSchema = z
  .array(formItemInput)
  .min(1, 'Add at least one product variant')
  .max(100, 'At most 100 variants per form')
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.variantId)) {
        ctx.addIssue({ code: 'custom', path: [i, 'variantId'], message: 'This variant is listed twice' });
      }
      seen.add(item.variantId);
    });
  });

export const defaultPaymentWindowHours = 24;
/** How long a transfer or gateway order waits for its payment before it expires: 1 hour to 7 days. */
export const paymentWindowHoursSchema = z
  .number({ error: 'Payment window must be a number of hours' })
  .int('Payment window must be whole hours')
  .min(1, 'Payment window must be at least 1 hour')
  .max(168, 'Payment window must be at most 168 hours (7 days)');

const staffIdsSchema = z
  .array(uuidSchema)
  .max(50, 'At most 50 staff per form')
  .transform((ids) => [...new Set(ids)]);

// No defaults here: `.partial()` of a defaulted field would reset it on every update.
const formFields = z.object({
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(120),
  slug: formSlugSchema,
  status: catalogStatusSchema,
  headline: z.string().trim().max(200, 'Headline must be at most 200 characters'),
  description: z.string().trim().max(10_000, 'Description must be at most 10 000 characters'),
  paymentMethods: z
    .array(formPaymentMethodSchema)
    .min(1, 'Pick at least one payment method')
    .max(formPaymentMethods.length)
    .transform((methods) => [...new Set(methods)]),
  couriers: formCouriersSchema,
  codFee: codFeeSchema,
  insurance: insuranceSchema,
  allowVouchers: z.boolean(),
  paymentWindowHours: paymentWindowHoursSchema,
  customFields: customFieldsSchema,
  successPage: successPageObject,
  pixels: pixelsObject,
  theme: themeObject,
  /** COD risk: above the threshold, hold the order for the buyer's WhatsApp confirmation or a down payment. */
  riskPolicy: riskPolicyObject,
  items: formItemsSchema,
  /** Store members with role cs who receive this form's orders (none = the whole CS team). */
  staffMemberIds: staffIdsSchema,
  /** Order Shield rules; kept out of the settings the public checkout reads. */
  shield: shieldRulesSchema,
});

export const formCreateInput = formFields.extend({
  /** Generated from the name when left out or blank (a numeric suffix when taken). */
  slug: z
    .string({ error: 'Slug must be text' })
    .trim()
    .nullish()
    .transform((v) => v || undefined)
    .pipe(formSlugSchema.optional()),
  status: catalogStatusSchema.default('active'),
  headline: formFields.shape.headline.default(''),
  description: formFields.shape.description.default(''),
  codFee: codFeeSchema.default({ type: 'none', value: 0 }),
  insurance: insuranceSchema.default({ mode: 'none', percent: 0, minimum: 0 }),
  allowVouchers: z.boolean().default(true),
  paymentWindowHours: paymentWindowHoursSchema.default(defaultPaymentWindowHours),
  customFields: customFieldsSchema.default([]),
  successPage: successPageSchema,
  pixels: pixelsSchema,
  theme: formThemeSchema,
  riskPolicy: riskPolicySchema,
  staffMemberIds: staffIdsSchema.default([]),
  shield: shieldRulesSchema.default(shieldRulesSchema.parse({})),
});
export type FormCreateInput = z.output<typeof formCreateInput>;

/** Fields left out stay as they are; `items` and `staffMemberIds`, when given, replace the lists. */
export const formUpdateInput = formFields.partial().extend({ id: uuidSchema });
export type FormUpdateInput = z.output<typeof formUpdateInput>;

export const formStatusInput = z.object({
  ids: z.array(uuidSchema).min(1, 'Pick at least one form').max(100, 'At most 100 at once'),
  status: catalogStatusSchema,
});
export const formIdsInput = z.object({
  ids: z.array(uuidSchema).min(1, 'Pick at least one form').max(50, 'At most 50 forms at once'),
});
export const successPageUpdateInput = successPageObject.extend({ id: uuidSchema });

export const formListInput = pageInputSchema
  .extend({
    /** Name or slug substring. */
    q: z.string().trim().max(100).optional(),
    status: catalogStatusSchema.optional(),
  })
  .default({ limit: 20 });

export const formExportInput = z
  .object({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .default({ format: 'csv' });

// Outputs: plain shapes (the values were parsed on the way in and on the way out of the database).

export const formSettingsOutput = z.object({
  paymentMethods: z.array(formPaymentMethodSchema),
  couriers: z.array(z.object({ code: z.enum(courierCodes), services: z.array(z.string()) })),
  codFee: z.object({ type: z.enum(codFeeTypes), value: z.number() }),
  insurance: z.object({ mode: z.enum(insuranceModes), percent: z.number(), minimum: z.number().int() }),
  allowVouchers: z.boolean(),
  paymentWindowHours: z.number().int(),
  customFields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.enum(customFieldTypes),
      required: z.boolean(),
      options: z.array(z.string()).optional(),
    }),
  ),
  successPage: z.object({
    message: z.string(),
    redirectUrl: z.string().nullable(),
    whatsappButton: z.object({ enabled: z.boolean(), text: z.string() }),
  }),
  pixels: z.object({ metaPixelId: z.string().nullable(), tiktokPixelId: z.string().nullable() }),
  theme: z.object({ primaryColor: z.string(), buttonText: z.string() }),
  riskPolicy: z.object({
    threshold: z.number(),
    action: z.enum(riskActions),
    confirmHours: z.number().int(),
    downPaymentPercent: z.number().int(),
  }),
});
export type FormSettings = z.infer<typeof formSettingsOutput>;
export const successPageOutput = formSettingsOutput.shape.successPage;

export const formItemOutput = z.object({
  variantId: z.string(),
  productId: z.string(),
  productName: z.string(),
  variantName: z.string(),
  sku: z.string(),
  options: z.record(z.string(), z.string()),
  /** What the buyer pays: the form's price, else the variant's. */
  price: z.number().int(),
  formPrice: z.number().int().nullable(),
  variantPrice: z.number().int(),
  /** Active, not deleted, and its product too: buyers can order it. */
  available: z.boolean(),
});

export const formStaffOutput = z.object({ memberId: z.string(), userId: z.string(), name: z.string() });

export const formOutput = formSettingsOutput.extend({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  /** The hosted checkout page, relative to the store's domain. */
  url: z.string(),
  status: catalogStatusSchema,
  headline: z.string(),
  description: z.string(),
  items: z.array(formItemOutput),
  staff: z.array(formStaffOutput),
  shield: shieldRulesOutput,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type FormView = z.infer<typeof formOutput>;

export const formSummaryOutput = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  url: z.string(),
  status: catalogStatusSchema,
  paymentMethods: z.array(formPaymentMethodSchema),
  itemCount: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type FormSummary = z.infer<typeof formSummaryOutput>;
export const formListOutput = pageOf(formSummaryOutput);
export const formBatchOutput = z.object({ items: z.array(formSummaryOutput) });
export const formUpdatedCountOutput = z.object({ updated: z.number().int() });

/** `/f/{slug}`: where a form is published. */
export function formPath(slug: string): string {
  return `/f/${slug}`;
}

/**
 * The couriers and services a form may offer, as the shipping provider lists them today: what the
 * form builder's pickers show, so a seller never types a service code by hand.
 */
export const courierCatalogOutput = z.array(
  z.object({
    code: z.enum(courierCodes),
    name: z.string(),
    /** Any of its services collects cash on delivery. */
    cod: z.boolean(),
    services: z.array(z.object({ code: z.string(), name: z.string(), cod: z.boolean() })),
  }),
);

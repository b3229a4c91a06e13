import {
  codFeeSchema,
  customFieldsSchema,
  type FormSettings,
  formCouriersSchema,
  formThemeSchema,
  insuranceSchema,
  pixelsSchema,
  riskPolicySchema,
  type ShieldRules,
  type SuccessPage,
  shieldRulesSchema,
  successPageSchema,
} from '@bosonline/contracts';
import type { Form, Prisma } from '@bosonline/db';
import type { z } from 'zod';

type SettingsColumns = Pick<
  Form,
  | 'paymentMethods'
  | 'couriers'
  | 'codFee'
  | 'insurance'
  | 'allowVouchers'
  | 'paymentWindowHours'
  | 'customFields'
  | 'successPage'
  | 'pixels'
  | 'theme'
  | 'riskPolicy'
>;

/**
 * A JSON column read back through its contract schema. Rows written by this service always pass;
 * anything else (hand edits, seeds, older shapes) falls back to the safest value instead of
 * reaching a buyer or crashing a page: no couriers, no COD fee, no insurance, no extra fields.
 */
function stored<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** A stored success page, typed. */
export function storedSuccessPage(value: unknown): SuccessPage {
  return stored(successPageSchema, value, {
    message: '',
    redirectUrl: null,
    whatsappButton: { enabled: false, text: '' },
  });
}

/** A form's stored Order Shield rules; `{}` (older forms) and junk read as the defaults. */
export function storedShieldRules(value: unknown): ShieldRules {
  return stored(shieldRulesSchema, value, shieldRulesSchema.parse({}));
}

/** Shield rules as the column takes them (undefined: left as they are). */
export function shieldData(rules: ShieldRules | undefined): Prisma.InputJsonValue | undefined {
  return rules as Prisma.InputJsonValue | undefined;
}

/** The typed settings of a form row. */
export function formSettings(row: SettingsColumns): FormSettings {
  return {
    paymentMethods: [...new Set(row.paymentMethods)],
    couriers: stored(formCouriersSchema, row.couriers, []),
    codFee: stored(codFeeSchema, row.codFee, { type: 'none', value: 0 }),
    insurance: stored(insuranceSchema, row.insurance, { mode: 'none', percent: 0, minimum: 0 }),
    allowVouchers: row.allowVouchers,
    paymentWindowHours: row.paymentWindowHours,
    customFields: stored(customFieldsSchema, row.customFields, []),
    successPage: storedSuccessPage(row.successPage),
    pixels: stored(pixelsSchema, row.pixels, { metaPixelId: null, tiktokPixelId: null }),
    theme: stored(formThemeSchema, row.theme, formThemeSchema.parse(undefined)),
    // A row from before risk scoring (`{}`) reads as the defaults: scored, never held.
    riskPolicy: stored(riskPolicySchema, row.riskPolicy, riskPolicySchema.parse(undefined)),
  };
}

/** Settings as the database columns take them; only the fields present are written. */
export function settingsData(settings: Partial<FormSettings>) {
  const json = (value: object | undefined) => value as Prisma.InputJsonValue | undefined;
  return {
    paymentMethods: settings.paymentMethods,
    couriers: json(settings.couriers),
    codFee: json(settings.codFee),
    insurance: json(settings.insurance),
    allowVouchers: settings.allowVouchers,
    paymentWindowHours: settings.paymentWindowHours,
    customFields: json(settings.customFields),
    successPage: json(settings.successPage),
    pixels: json(settings.pixels),
    theme: json(settings.theme),
    riskPolicy: json(settings.riskPolicy),
  };
}

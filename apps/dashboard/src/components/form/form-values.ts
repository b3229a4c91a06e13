import {
  type courierCodes,
  defaultDownPaymentPercent,
  defaultPaymentWindowHours,
  defaultRiskThreshold,
  defaultShieldRules,
  type FormView,
  type formCreateInput,
} from '@bosonline/contracts';
import type { z } from 'zod';

// The builder edits one shape for a new form and a saved one: the contracts' create input, so the
// browser refuses exactly what the server would. These turn a saved form into it and back.

export type FormValues = z.input<typeof formCreateInput>;
export type FormOutput = z.output<typeof formCreateInput>;

/** How a picked variant is shown in the builder (the form itself keeps only its id and price). */
export interface VariantLabel {
  name: string;
  variantPrice: number;
  available: boolean;
}

export const newFormValues: FormValues = {
  name: '',
  slug: '',
  status: 'active',
  headline: '',
  description: '',
  paymentMethods: ['cod', 'bank_transfer'],
  couriers: [{ code: 'jne', services: ['REG'] }],
  codFee: { type: 'none', value: 0 },
  insurance: { mode: 'none', percent: 0, minimum: 0 },
  allowVouchers: true,
  paymentWindowHours: defaultPaymentWindowHours,
  customFields: [],
  successPage: { message: '', redirectUrl: '', whatsappButton: { enabled: false, text: '' } },
  pixels: { metaPixelId: '', tiktokPixelId: '' },
  theme: { primaryColor: '#16a34a', buttonText: 'Pesan Sekarang' },
  riskPolicy: {
    threshold: defaultRiskThreshold,
    action: 'none',
    confirmHours: 12,
    downPaymentPercent: defaultDownPaymentPercent,
  },
  items: [],
  staffMemberIds: [],
  shield: defaultShieldRules,
};

export function valuesOf(form: FormView): FormValues {
  return {
    name: form.name,
    slug: form.slug,
    status: form.status,
    headline: form.headline,
    description: form.description,
    paymentMethods: form.paymentMethods,
    couriers: form.couriers,
    codFee: form.codFee,
    insurance: form.insurance,
    allowVouchers: form.allowVouchers,
    paymentWindowHours: form.paymentWindowHours,
    // Every field carries `options` (undefined unless a choice), as the editor's own fields do:
    // a key missing on one side only would count as an unsaved change.
    customFields: form.customFields.map((field) => ({ ...field, options: field.options })),
    successPage: { ...form.successPage, redirectUrl: form.successPage.redirectUrl ?? '' },
    pixels: { metaPixelId: form.pixels.metaPixelId ?? '', tiktokPixelId: form.pixels.tiktokPixelId ?? '' },
    theme: form.theme,
    riskPolicy: form.riskPolicy,
    items: form.items.map((item) => ({ variantId: item.variantId, price: item.formPrice })),
    staffMemberIds: form.staff.map((s) => s.memberId),
    shield: form.shield,
  };
}

export function labelsOf(form: FormView): Record<string, VariantLabel> {
  return Object.fromEntries(
    form.items.map((item) => [
      item.variantId,
      {
        name: variantName(item.productName, item.variantName),
        variantPrice: item.variantPrice,
        available: item.available,
      },
    ]),
  );
}

/** "Kopi Arabica – Gayo"; a product's only variant goes by the product's name. */
export function variantName(productName: string, variantName: string): string {
  return variantName && variantName !== productName ? `${productName} – ${variantName}` : productName;
}

/** The couriers' own brand names (the same in every language). */
export const courierNames: Record<(typeof courierCodes)[number], string> = {
  jne: 'JNE',
  jnt: 'J&T Express',
  sicepat: 'SiCepat',
  anteraja: 'AnterAja',
  ninja: 'Ninja Xpress',
  idx: 'ID Express',
  sap: 'SAP Express',
  pos: 'POS Indonesia',
  lion: 'Lion Parcel',
  tiki: 'TIKI',
};

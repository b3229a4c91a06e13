import type { ConversionSettingsUpdate, ConversionSettingsView } from '@bosonline/contracts';
import type { ConversionSetting } from '@bosonline/db';
import type { AppDeps, SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { seal } from '../../lib/secret-box.ts';
import { defaultPurchaseChoice } from './eligibility.ts';

// A form's conversion settings. Access tokens are sealed before they are stored and never come
// back out: a read says whether one is set, so a stolen session or API key cannot take them.

type SettingsCtx = SellerContext & Pick<AppDeps, 'conversionsKey'>;

async function ownedForm(ctx: SellerContext, formId: string) {
  const form = await ctx.db.form.findFirst({
    where: { id: formId, storeId: ctx.tenant.storeId, deletedAt: null },
    select: { id: true, pixels: true, conversionSetting: true },
  });
  if (!form) throw notFound('Form');
  return form;
}

function view(formId: string, pixels: unknown, setting: ConversionSetting | null): ConversionSettingsView {
  const ids = (pixels ?? {}) as { metaPixelId?: string | null; tiktokPixelId?: string | null };
  return {
    formId,
    metaPixelId: ids.metaPixelId ?? null,
    tiktokPixelId: ids.tiktokPixelId ?? null,
    metaAccessToken: setting?.metaAccessToken ? 'set' : 'not_set',
    tiktokAccessToken: setting?.tiktokAccessToken ? 'set' : 'not_set',
    codPurchaseOn: setting?.codPurchaseOn ?? defaultPurchaseChoice.codPurchaseOn,
    prepaidPurchaseOn: (setting?.prepaidPurchaseOn ??
      defaultPurchaseChoice.prepaidPurchaseOn) as ConversionSettingsView['prepaidPurchaseOn'],
  };
}

export async function settings(ctx: SellerContext, formId: string): Promise<ConversionSettingsView> {
  const form = await ownedForm(ctx, formId);
  return view(form.id, form.pixels, form.conversionSetting);
}

export async function updateSettings(
  ctx: SettingsCtx,
  input: ConversionSettingsUpdate,
): Promise<ConversionSettingsView> {
  const form = await ownedForm(ctx, input.id);
  // undefined keeps, null removes, a value replaces (sealed).
  const token = (value: string | null | undefined) =>
    value === undefined ? undefined : value === null ? null : seal(ctx.conversionsKey, value);
  const data = {
    metaAccessToken: token(input.metaAccessToken),
    tiktokAccessToken: token(input.tiktokAccessToken),
    codPurchaseOn: input.codPurchaseOn,
    prepaidPurchaseOn: input.prepaidPurchaseOn,
  };
  const saved = await ctx.db.conversionSetting.upsert({
    where: { formId: form.id },
    create: { formId: form.id, storeId: ctx.tenant.storeId, ...data },
    update: data,
  });
  return view(form.id, form.pixels, saved);
}

import { type CheckoutFormView, socialMediaSchema } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { publishedForm } from './public.ts';
import { courierCatalogOrNull } from './rates.ts';

type PublicCtx = Pick<Context, 'db' | 'ports'>;

/** The store's face on the page, and the warehouse orders ship from (for "in stock"). */
async function storeOf(ctx: PublicCtx, storeId: string) {
  const store = await ctx.db.store.findUniqueOrThrow({
    where: { id: storeId },
    select: {
      name: true,
      logoUrl: true,
      socialMedia: true,
      defaultWarehouse: { select: { id: true, deletedAt: true } },
    },
  });
  // Validated on the way in; a hand-edited row shows as no links rather than failing the page.
  const socialMedia = socialMediaSchema.safeParse(store.socialMedia);
  const warehouse = store.defaultWarehouse;
  return {
    view: {
      name: store.name,
      logoUrl: store.logoUrl,
      socialMedia: socialMedia.success ? socialMedia.data : [],
    },
    warehouseId: warehouse && !warehouse.deletedAt ? warehouse.id : null,
  };
}

/** What the form loader does not carry: compare-at prices, first images, stock (as a yes/no). */
async function itemExtras(ctx: PublicCtx, variantIds: string[], warehouseId: string | null) {
  const rows = await ctx.db.variant.findMany({
    where: { id: { in: variantIds } },
    select: {
      id: true,
      compareAtPrice: true,
      stocks: { where: { quantity: { gt: 0 } }, select: { warehouseId: true } },
      product: {
        select: {
          images: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], take: 1, select: { key: true } },
        },
      },
    },
  });
  return new Map(
    rows.map((row) => {
      const image = row.product.images[0];
      return [
        row.id,
        {
          compareAtPrice: row.compareAtPrice,
          imageUrl: image ? ctx.ports.storage.publicUrl(image.key) : null,
          // Orders reserve stock in the default warehouse only, so that is the one that counts.
          inStock: warehouseId !== null && row.stocks.some((s) => s.warehouseId === warehouseId),
        },
      ];
    }),
  );
}

/**
 * "Load checkout Form" (`GET /order/{id}/form`): the published form as a buyer's page renders it.
 * Items the buyer cannot order (inactive or deleted variant or product) are left out; quantities,
 * costs and anything of other stores never appear. Courier names come from the shipping provider
 * and fall back to the codes while it is down, so the page still shows (rates will answer 503).
 */
export async function loadForm(ctx: PublicCtx, formId: string): Promise<CheckoutFormView> {
  const form = await publishedForm(ctx, formId);
  const items = form.items.filter((item) => item.available);
  const store = await storeOf(ctx, form.storeId);
  const [extras, catalog] = await Promise.all([
    itemExtras(
      ctx,
      items.map((item) => item.variantId),
      store.warehouseId,
    ),
    courierCatalogOrNull(ctx),
  ]);
  const { couriers, ...settings } = form.settings;
  return {
    id: form.id,
    name: form.name,
    headline: form.headline,
    description: form.description,
    ...settings,
    couriers: couriers.map((courier) => ({
      code: courier.code,
      name: catalog?.find((c) => c.code === courier.code)?.name ?? courier.code.toUpperCase(),
      services: courier.services,
    })),
    store: store.view,
    items: items.map((item) => {
      const extra = extras.get(item.variantId);
      const compareAtPrice = extra?.compareAtPrice ?? null;
      return {
        variantId: item.variantId,
        sku: item.sku,
        productName: item.productName,
        variantName: item.variantName,
        options: item.options,
        price: item.price,
        // A "was" price at or below what the buyer pays would advertise a discount that is not one.
        compareAtPrice: compareAtPrice !== null && compareAtPrice > item.price ? compareAtPrice : null,
        weightGrams: item.weightGrams,
        imageUrl: extra?.imageUrl ?? null,
        inStock: extra?.inStock ?? false,
      };
    }),
  };
}

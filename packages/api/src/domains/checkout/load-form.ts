import { type CheckoutFormView, socialMediaSchema } from '@bosonline/contracts';
import { LRUCache } from 'lru-cache';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';
import { loadPublishedForm } from '../form/published.ts';
import { courierCatalogOrNull } from '../shipping/catalog.ts';

type PublicCtx = Pick<Context, 'db' | 'ports'> & Partial<Pick<Context, 'logger'>>;

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
 * A form as buyers load it, as cached: its view and slug (the hosted page `/f/{slug}` is served
 * from the same entry), or `absent` for a form that exists but is inactive or deleted.
 */
export type FormEntry = { absent: true } | { absent?: false; slug: string; view: CheckoutFormView };

/** Built from the database; `partial` while the courier provider is down (served, never kept). */
async function buildEntry(ctx: PublicCtx, formId: string): Promise<FormEntry & { partial?: boolean }> {
  const form = await loadPublishedForm(ctx.db, formId);
  if (!form) return { absent: true };
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
  const { couriers, riskPolicy, ...settings } = form.settings;
  const view: CheckoutFormView = {
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
  return { slug: form.slug, view, ...(catalog ? {} : { partial: true }) };
}

// A form never moves to another store, so which store a form id belongs to is safe to remember
// for the life of the process; cache keys need it (everything of a store sits under its prefix).
// Slugs do move (renamed, freed by a deletion, taken by another form), so a slug only points at a
// form id to try first; the entry found there must still carry that slug. Both are facts of one
// database, so they are kept per database client (tests run several databases in one process).
interface Hints {
  storeOfForm: LRUCache<string, string>;
  formOfSlug: LRUCache<string, string>;
}
const hintsByDb = new WeakMap<object, Hints>();

function hintsOf(ctx: PublicCtx): Hints {
  let hints = hintsByDb.get(ctx.db);
  if (!hints) {
    hints = { storeOfForm: new LRUCache({ max: 100_000 }), formOfSlug: new LRUCache({ max: 100_000 }) };
    hintsByDb.set(ctx.db, hints);
  }
  return hints;
}

async function storeIdOfForm(ctx: PublicCtx, formId: string): Promise<string> {
  const storeOfFormId = hintsOf(ctx).storeOfForm;
  const known = storeOfFormId.get(formId);
  if (known) return known;
  const row = await ctx.db.form.findUnique({ where: { id: formId }, select: { storeId: true } });
  if (!row) throw notFound('Form');
  storeOfFormId.set(formId, row.storeId);
  return row.storeId;
}

/** The cached entry of a form (404 for a form that does not exist at all). */
export async function formEntry(ctx: PublicCtx, formId: string): Promise<FormEntry> {
  const storeId = await storeIdOfForm(ctx, formId);
  const entry = await readThrough(
    ctx,
    cacheKeys.form(storeId, formId),
    cacheTtl.form,
    () => buildEntry(ctx, formId),
    (built) => !('partial' in built && built.partial),
  );
  if ('partial' in entry) delete entry.partial;
  return entry;
}

/**
 * "Load checkout Form" (`GET /order/{id}/form`): the published form as a buyer's page renders it.
 * Items the buyer cannot order (inactive or deleted variant or product) are left out; quantities,
 * costs and anything of other stores never appear. Courier names come from the shipping provider
 * and fall back to the codes while it is down, so the page still shows (rates will answer 503).
 * Served from the cache; every write it depends on forgets it (domains/cache/forget.ts).
 */
export async function loadForm(ctx: PublicCtx, formId: string): Promise<CheckoutFormView> {
  const entry = await formEntry(ctx, formId);
  if (entry.absent) throw notFound('Form');
  return entry.view;
}

/** The published form at `/f/{slug}` as cached, or null (unknown, inactive or deleted). */
export async function formBySlug(
  ctx: PublicCtx,
  slug: string,
): Promise<{ storeId: string; view: CheckoutFormView } | null> {
  const wanted = slug.trim().toLowerCase();
  const { storeOfForm: storeOfFormId, formOfSlug: formIdOfSlug } = hintsOf(ctx);
  const hinted = formIdOfSlug.get(wanted);
  if (hinted) {
    const entry = await formEntry(ctx, hinted).catch(() => null);
    if (entry && !entry.absent && entry.slug === wanted) {
      return { storeId: storeOfFormId.get(hinted) as string, view: entry.view };
    }
  }
  const row = await ctx.db.form.findFirst({
    where: { slug: wanted, status: 'active', deletedAt: null },
    select: { id: true, storeId: true },
  });
  if (!row) return null;
  storeOfFormId.set(row.id, row.storeId);
  formIdOfSlug.set(wanted, row.id);
  const entry = await formEntry(ctx, row.id);
  return entry.absent ? null : { storeId: row.storeId, view: entry.view };
}

import {
  maxWarehouses,
  tooManyWarehouses,
  type WarehouseView,
  type warehouseInput,
  type warehouseUpdateInput,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext, StoreScope } from '../../context.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';
import { assertAddressRegion, regionInclude, regionView } from '../region/service.ts';

const withRegion = { region: { include: regionInclude } } satisfies Prisma.WarehouseInclude;
type Row = Prisma.WarehouseGetPayload<{ include: typeof withRegion }>;

function view(row: Row, defaultId: string | null): WarehouseView {
  return {
    id: row.id,
    name: row.name,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    regionId: row.regionId,
    region: regionView(row.region),
    address: row.address,
    postalCode: row.postalCode,
    latitude: row.latitude,
    longitude: row.longitude,
    isDefault: row.id === defaultId,
    boscodId: row.boscodId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function defaultIdOf(ctx: StoreScope): Promise<string | null> {
  const store = await ctx.db.store.findUnique({
    where: { id: ctx.tenant.storeId },
    select: { defaultWarehouseId: true },
  });
  return store?.defaultWarehouseId ?? null;
}

/** The store's live warehouses, the default first. */
export async function list(ctx: StoreScope) {
  const [rows, defaultId] = await Promise.all([
    ctx.db.warehouse.findMany({
      where: { storeId: ctx.tenant.storeId, deletedAt: null },
      include: withRegion,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    defaultIdOf(ctx),
  ]);
  const views = rows.map((row) => view(row, defaultId));
  return [...views.filter((w) => w.isDefault), ...views.filter((w) => !w.isDefault)];
}

async function owned(ctx: SellerContext, id: string): Promise<Row> {
  const row = await ctx.db.warehouse.findFirst({
    where: { id, storeId: ctx.tenant.storeId, deletedAt: null },
    include: withRegion,
  });
  if (!row) throw notFound('Warehouse');
  return row;
}

export async function detail(ctx: SellerContext, id: string) {
  const [row, defaultId] = await Promise.all([owned(ctx, id), defaultIdOf(ctx)]);
  return view(row, defaultId);
}

/** Coordinates are a pair: a pin needs both. */
function assertCoordinates(latitude: number | null, longitude: number | null) {
  if (latitude === null && longitude !== null) {
    throw invalidField('latitude', 'Latitude is required when longitude is given');
  }
  if (latitude !== null && longitude === null) {
    throw invalidField('longitude', 'Longitude is required when latitude is given');
  }
}

/** The store's first warehouse becomes its default; later ones wait to be picked. */
export async function create(ctx: SellerContext, input: z.output<typeof warehouseInput>) {
  assertCoordinates(input.latitude, input.longitude);
  // Stored by our id, also when the seller gave a BosCOD alias.
  const region = await assertAddressRegion(ctx.db, input.regionId, 'regionId');
  const storeId = ctx.tenant.storeId;
  const count = await ctx.db.warehouse.count({ where: { storeId, deletedAt: null } });
  if (count >= maxWarehouses) throw conflict(tooManyWarehouses);
  const id = await ctx.db.$transaction(async (tx) => {
    const row = await tx.warehouse.create({ data: { ...input, regionId: region.id, storeId } });
    // Conditional, so two first warehouses created at once cannot both claim the default.
    await tx.store.updateMany({
      where: { id: storeId, defaultWarehouseId: null },
      data: { defaultWarehouseId: row.id },
    });
    return row.id;
  });
  return detail(ctx, id);
}

export async function update(ctx: SellerContext, input: z.output<typeof warehouseUpdateInput>) {
  const { id, ...changes } = input;
  const current = await owned(ctx, id);
  assertCoordinates(
    changes.latitude === undefined ? current.latitude : changes.latitude,
    changes.longitude === undefined ? current.longitude : changes.longitude,
  );
  if (changes.regionId !== undefined) {
    changes.regionId = (await assertAddressRegion(ctx.db, changes.regionId, 'regionId')).id;
  }
  await ctx.db.warehouse.update({ where: { id }, data: changes });
  return detail(ctx, id);
}

export async function setDefault(ctx: SellerContext, id: string) {
  await owned(ctx, id);
  await ctx.db.store.update({ where: { id: ctx.tenant.storeId }, data: { defaultWarehouseId: id } });
  return detail(ctx, id);
}

/**
 * Soft delete: orders and stock movements keep pointing at the row. Refused while it holds stock,
 * and for the default while other warehouses exist (the seller picks the next default, not us).
 */
export async function remove(ctx: SellerContext, id: string) {
  await owned(ctx, id);
  const storeId = ctx.tenant.storeId;
  const stocked = await ctx.db.stock.findFirst({
    where: { storeId, warehouseId: id, quantity: { gt: 0 } },
    select: { variantId: true },
  });
  if (stocked) {
    throw conflict('This warehouse still holds stock; move or clear its stock before deleting it');
  }
  const defaultId = await defaultIdOf(ctx);
  if (defaultId === id) {
    const others = await ctx.db.warehouse.count({ where: { storeId, deletedAt: null, id: { not: id } } });
    if (others > 0) {
      throw conflict('This is the default warehouse; set another warehouse as default before deleting it');
    }
  }
  await ctx.db.$transaction([
    ctx.db.store.updateMany({
      where: { id: storeId, defaultWarehouseId: id },
      data: { defaultWarehouseId: null },
    }),
    ctx.db.warehouse.update({ where: { id }, data: { deletedAt: ctx.clock.now() } }),
  ]);
}

import type { SellerContext } from '../../context.ts';
import { detail as warehouseDetail } from '../warehouse/service.ts';

/**
 * "Warehouse" (API Boscod): registers one of the store's warehouses with the courier provider as a
 * pickup address and keeps the provider's id on it. Registering again asks the provider again
 * (an address that changed gets its new id); nothing is saved when the provider fails (503).
 */
export async function registerWarehouse(ctx: SellerContext, id: string) {
  const warehouse = await warehouseDetail(ctx, id);
  const boscodId = await ctx.ports.shipping.registerWarehouse({
    name: warehouse.name,
    contactName: warehouse.contactName,
    contactPhone: warehouse.contactPhone,
    regionId: warehouse.regionId,
    address: warehouse.address,
    postalCode: warehouse.postalCode,
  });
  await ctx.db.warehouse.updateMany({
    where: { id: warehouse.id, storeId: ctx.tenant.storeId },
    data: { boscodId },
  });
  return { id: warehouse.id, boscodId };
}

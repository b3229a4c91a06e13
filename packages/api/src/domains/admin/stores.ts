import type { adminStoreCreateInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';
import { looksLikeUuid } from '../../lib/ids.ts';
import * as images from '../product/images.ts';
import { openStore } from '../store/open.ts';
import * as stores from '../store/service.ts';
import { storeScope } from './scope.ts';

// AdminBosOnline › Store: platform staff open a store for an existing seller account, and upload
// images into a store (a seller's banner or product photo they were sent), through the same code
// the seller realm uses for both.

type WriteCtx = Pick<Context, 'db' | 'clock' | 'ports'> & { audit: Auditor };

/** "Create Store": a new, empty store owned by the seller (not for an account its owner deleted). */
export async function create(ctx: WriteCtx, input: z.output<typeof adminStoreCreateInput>) {
  const seller = await ctx.db.user.findUnique({ where: { id: input.sellerId }, select: { status: true } });
  if (!seller) throw notFound('Seller');
  if (seller.status === 'deleted') {
    throw conflict('This account was deleted by its owner; it cannot get a store', 'sellerId');
  }
  const store = await ctx.db.$transaction(async (tx) => {
    const row = await openStore(tx, input.sellerId, input.name);
    await ctx.audit.record(tx, {
      targetType: 'store',
      targetId: row.id,
      after: { name: row.name, ownerId: row.ownerId },
    });
    return row;
  });
  return { ...(await stores.get(await storeScope(ctx, store.id))), ownerId: store.ownerId };
}

/**
 * "Upload Image Custom": an image into the store named by the form field `storeId` (`store_id`
 * on the REST door), re-encoded like a seller's upload; it stays the store's until a product
 * claims it.
 */
export async function uploadImage(ctx: WriteCtx, form: FormData) {
  const storeId = form.get('storeId') ?? form.get('store_id');
  if (typeof storeId !== 'string' || !looksLikeUuid(storeId.trim().toLowerCase())) {
    throw invalidField('storeId', 'Name the store in a form field "storeId"');
  }
  const scope = await storeScope(ctx, storeId.trim().toLowerCase());
  const image = await images.upload(scope, form, (tx, row) =>
    ctx.audit.record(tx, {
      targetType: 'productImage',
      targetId: row.id,
      after: { storeId: row.storeId, key: row.key, width: row.width, height: row.height, bytes: row.bytes },
    }),
  );
  return { ...image, storeId: scope.tenant.storeId };
}

import { randomUUID } from 'node:crypto';
import type { ProductImage } from '@bosonline/db';
import type { StoreScope } from '../../context.ts';
import { encodeUploadedImage } from '../../lib/image-upload.ts';
import type { Tx } from '../inventory/ledger.ts';
import { imageView } from './views.ts';

/**
 * "Upload Image" (and the admin realm's "Upload Image Custom" into any store): re-encoded by
 * `encodeUploadedImage`. The image belongs to the store until a product claims it. `record` runs
 * in the transaction that saves the row (the admin realm's audit).
 */
export async function upload(
  ctx: StoreScope,
  form: FormData,
  record?: (tx: Tx, image: ProductImage) => Promise<void>,
) {
  const encoded = await encodeUploadedImage(form);
  const { width, height, size } = encoded.info;
  const key = `stores/${ctx.tenant.storeId}/images/${randomUUID()}.webp`;
  await ctx.ports.storage.put(key, encoded.data, 'image/webp');
  const image = await ctx.db.$transaction(async (tx) => {
    const row = await tx.productImage.create({
      data: { storeId: ctx.tenant.storeId, key, mimeType: 'image/webp', width, height, bytes: size },
    });
    await record?.(tx, row);
    return row;
  });
  return imageView(ctx.ports.storage, image);
}

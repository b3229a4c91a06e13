import { randomUUID } from 'node:crypto';
import type { SellerContext } from '../../context.ts';
import { encodeUploadedImage } from '../../lib/image-upload.ts';
import { imageView } from './views.ts';

/**
 * "Upload Image": re-encoded by `encodeUploadedImage`. The image belongs to the store until a
 * product claims it.
 */
export async function upload(ctx: SellerContext, form: FormData) {
  const encoded = await encodeUploadedImage(form);
  const { width, height, size } = encoded.info;
  const key = `stores/${ctx.tenant.storeId}/images/${randomUUID()}.webp`;
  await ctx.ports.storage.put(key, encoded.data, 'image/webp');
  const image = await ctx.db.productImage.create({
    data: { storeId: ctx.tenant.storeId, key, mimeType: 'image/webp', width, height, bytes: size },
  });
  return imageView(ctx.ports.storage, image);
}

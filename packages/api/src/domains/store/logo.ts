import { randomUUID } from 'node:crypto';
import type { SellerContext } from '../../context.ts';
import { encodeUploadedImage } from '../../lib/image-upload.ts';

/**
 * Stores an uploaded logo (re-encoded like a product photo) and answers where it is served. The
 * store keeps its current logo until the seller saves the new URL with the rest of the profile,
 * so an upload followed by "cancel" changes nothing.
 */
export async function uploadLogo(ctx: SellerContext, form: FormData): Promise<{ url: string }> {
  const encoded = await encodeUploadedImage(form);
  const key = `stores/${ctx.tenant.storeId}/logo/${randomUUID()}.webp`;
  await ctx.ports.storage.put(key, encoded.data, 'image/webp');
  return { url: ctx.ports.storage.publicUrl(key) };
}

import type { Context, SellerContext } from '../../context.ts';
import { type DownloadGrant, signDownloadToken } from '../../lib/tokens.ts';
import { jakartaDay } from '../order/filter.ts';
import type { DownloadKind } from './sources.ts';
import type { ExportFormat } from './table-file.ts';

const linkTtlSeconds = 300;

/**
 * A short-lived signed link to the file `grant` describes (`/downloads/{token}`), named by
 * `filename` from today's WIB date. Links let a browser download without holding the API token,
 * and keep big files off the JSON door. Seller and admin links alike are made here.
 */
export async function downloadLink(
  ctx: Pick<Context, 'clock' | 'tokens'>,
  grant: DownloadGrant,
  filename: (today: string) => string,
) {
  const now = ctx.clock.now();
  const token = await signDownloadToken(ctx.tokens, grant, now, linkTtlSeconds);
  return {
    url: `/downloads/${token}`,
    filename: filename(jakartaDay(now)),
    expiresAt: new Date(now.getTime() + linkTtlSeconds * 1000),
  };
}

/** "Download Product / Variant / Inventory / Order List": a 5-minute link to a streamed file. */
export function exportLink(
  ctx: SellerContext & Pick<Context, 'tokens'>,
  input: { kind: DownloadKind; format: ExportFormat; params?: unknown },
) {
  return downloadLink(
    ctx,
    { storeId: ctx.tenant.storeId, userId: ctx.actor.userId, ...input },
    (today) => `${input.kind}-${today}.${input.format}`,
  );
}

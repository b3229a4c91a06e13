import type { Context } from '../context.ts';
import { type DownloadGrant, signDownloadToken } from './tokens.ts';

const linkTtlSeconds = 300;

/** YYYY-MM-DD in Asia/Jakarta, for file names sellers recognise. */
export function jakartaDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/**
 * A short-lived signed link to a streamed file (`/downloads/{token}`), for either realm. Links
 * let a browser download without holding the API token, and keep big files off the JSON door.
 */
export async function downloadLink(
  ctx: Pick<Context, 'tokens' | 'clock'>,
  grant: DownloadGrant & { format: string },
  name: string = grant.kind,
) {
  const now = ctx.clock.now();
  const token = await signDownloadToken(ctx.tokens, grant, now, linkTtlSeconds);
  return {
    url: `/downloads/${token}`,
    filename: `${name}-${jakartaDate(now)}.${grant.format}`,
    expiresAt: new Date(now.getTime() + linkTtlSeconds * 1000),
  };
}

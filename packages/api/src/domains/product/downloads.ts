import type { Context, SellerContext } from '../../context.ts';
import { signDownloadToken, verifyDownloadToken } from '../../lib/tokens.ts';
import { printFile, printKind } from '../order/print-file.ts';
import {
  type DownloadKind,
  type ExportFile,
  type ExportFormat,
  exportFile,
  exportSources,
} from './export.ts';

const linkTtlSeconds = 300;
const formats = new Set<string>(['csv', 'xlsx']);

/** YYYY-MM-DD in Asia/Jakarta, for file names sellers recognise. */
function jakartaDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/**
 * "Download Product / Variant / Inventory": a short-lived signed link to a streamed file. Links
 * let a browser download without holding the API token, and keep big files off the JSON door.
 */
export async function exportLink(
  ctx: SellerContext & Pick<Context, 'tokens'>,
  input: { kind: DownloadKind; format: ExportFormat; params?: unknown },
) {
  const now = ctx.clock.now();
  const token = await signDownloadToken(
    ctx.tokens,
    {
      storeId: ctx.tenant.storeId,
      userId: ctx.actor.userId,
      kind: input.kind,
      format: input.format,
      params: input.params,
    },
    now,
    linkTtlSeconds,
  );
  return {
    url: `/downloads/${token}`,
    filename: `${input.kind}-${jakartaDate(now)}.${input.format}`,
    expiresAt: new Date(now.getTime() + linkTtlSeconds * 1000),
  };
}

/** Opens the file a download link grants, if the link is valid and its user still works there. */
export async function openDownload(
  deps: Pick<Context, 'db' | 'tokens' | 'clock'>,
  token: string,
): Promise<ExportFile | null> {
  const now = deps.clock.now();
  const grant = await verifyDownloadToken(deps.tokens, token, now);
  if (!grant) return null;
  const printing = grant.kind === printKind;
  if (!printing && (!Object.hasOwn(exportSources, grant.kind) || !formats.has(grant.format))) return null;
  const member = await deps.db.storeMember.findFirst({
    where: { storeId: grant.storeId, userId: grant.userId, status: 'active', user: { status: 'active' } },
    select: { id: true, role: true },
  });
  if (!member) return null;
  // The member's role today, not when the link was made: a demoted admin gets a CS member's file.
  const tenant = { storeId: grant.storeId, role: member.role, memberId: member.id };
  if (printing) return printFile(deps.db, tenant, grant.params, grant.format);
  return exportFile(
    deps.db,
    { tenant, params: grant.params },
    grant.kind as DownloadKind,
    grant.format as ExportFormat,
    jakartaDate(now),
  );
}

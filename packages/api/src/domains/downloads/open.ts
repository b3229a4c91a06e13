import type { Db } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { verifyDownloadToken } from '../../lib/tokens.ts';
import { openAdminDownload } from '../admin/downloads.ts';
import { jakartaDay } from '../order/filter.ts';
import { printFile, printKind } from '../order/print-file.ts';
import { type DownloadKind, downloadSources } from './sources.ts';
import { type ExportFile, type ExportFormat, type ExportScope, tableFile } from './table-file.ts';

const formats = new Set<string>(['csv', 'xlsx']);

/** Opens the file a download link grants, if the link is valid and its user still works there. */
export async function openDownload(
  deps: Pick<Context, 'db' | 'tokens' | 'clock'>,
  token: string,
): Promise<ExportFile | null> {
  const now = deps.clock.now();
  const grant = await verifyDownloadToken(deps.tokens, token, now);
  if (!grant) return null;
  if (grant.realm === 'admin') return openAdminDownload(deps.db, grant, jakartaDay(now));
  const printing = grant.kind === printKind;
  if (!printing && (!Object.hasOwn(downloadSources, grant.kind) || !formats.has(grant.format))) return null;
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
    jakartaDay(now),
  );
}

/** A streamed CSV or XLSX of one of the store's tables (products, variants, stock, forms, orders). */
export function exportFile(
  db: Db,
  scope: ExportScope,
  kind: DownloadKind,
  format: ExportFormat,
  today: string,
): ExportFile {
  const { headers, rows } = downloadSources[kind];
  return tableFile(kind, format, today, headers, rows(db, scope));
}

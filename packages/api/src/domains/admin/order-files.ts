import { type AdminOrderFilter, adminOrderFilterInput, adminRoleCan } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { Context } from '../../context.ts';
import type { DownloadGrant } from '../../lib/tokens.ts';
import { downloadLink } from '../downloads/link.ts';
import { type ExportFile, type ExportFormat, tableFile } from '../downloads/table-file.ts';
import { adminOrderExport } from '../order/export.ts';
import type { PrintLayout } from '../order/print.ts';
import { printFile, printKind, printLink as storePrintLink } from '../order/print-file.ts';
import { scopeOf } from './orders.ts';

// AdminBosOnline › Order › Download Order and Cetak Invoice: the seller side's links and files,
// for platform staff. An admin link carries `realm: 'admin'`; it opens only while its admin is
// active and their role may still see orders, as a seller's opens only while they still work there.

type LinkCtx = Pick<Context, 'db' | 'clock' | 'tokens'> & { admin: { id: string } };

/** Admin order files name no store in the token's subject (the filter's scope is in `params`). */
const everyStore = '*';

/** "Download Order": the admin list's rows (same filters and scope), each with its store. */
export function exportLink(ctx: LinkCtx, input: AdminOrderFilter & { format: ExportFormat }) {
  const { format, ...params } = input;
  return downloadLink(
    ctx,
    { realm: 'admin', storeId: everyStore, userId: ctx.admin.id, kind: 'orders', format, params },
    (today) => `orders-${today}.${format}`,
  );
}

/** "Cetak Invoice": the seller's invoices or labels for orders of the chosen store. */
export function printLink(ctx: LinkCtx, input: { storeId: string; invoices: string[]; layout: PrintLayout }) {
  return storePrintLink(
    { ...ctx, tenant: { storeId: input.storeId } },
    { userId: ctx.admin.id, realm: 'admin' },
    input,
  );
}

/** The order file an admin link grants, or null (link not ours, admin gone or no longer allowed). */
export async function openAdminOrderFile(
  db: Db,
  grant: DownloadGrant,
  today: string,
): Promise<ExportFile | null> {
  const admin = await db.adminUser.findUnique({
    where: { id: grant.userId },
    select: { active: true, role: true },
  });
  if (!admin?.active || !adminRoleCan(admin.role, 'order.view')) return null;
  if (grant.kind === printKind && grant.storeId !== everyStore) {
    return printFile(db, { storeId: grant.storeId }, grant.params, grant.format);
  }
  if (grant.kind !== 'orders' || (grant.format !== 'csv' && grant.format !== 'xlsx')) return null;
  const parsed = adminOrderFilterInput.safeParse(grant.params ?? {});
  if (!parsed.success) return null;
  const rows = adminOrderExport.rows(db, { tenant: scopeOf(parsed.data), params: parsed.data });
  return tableFile('orders', grant.format, today, adminOrderExport.headers, rows);
}

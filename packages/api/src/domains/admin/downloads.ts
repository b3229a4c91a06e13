import {
  type AdminPermission,
  adminProductFilter,
  adminRoleCan,
  adminVariantExportInput,
  storeIdInput,
} from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { DownloadGrant } from '../../lib/tokens.ts';
import { downloadLink } from '../downloads/link.ts';
import { type ExportFile, tableFile } from '../downloads/table-file.ts';
import { catalogHeaders, catalogRows, type ExportKind } from '../product/export.ts';
import { openAdminOrderFile } from './order-files.ts';
import { productWhere } from './product-filter.ts';

// The admin realm's downloads ride on the seller realm's signed links and catalogue rows: the
// link is marked `realm: 'admin'` and names the platform staff member instead of a store member,
// and the file covers what the admin's filters select. Opening one re-checks that the staff member
// is still active and still allowed. Orders' files (Download Order, Cetak Invoice): order-files.ts.

/** Admin catalogue files name no store in the token's subject (the filter is in `params`). */
const everyStore = '*';

interface AdminExport {
  name: string;
  permission: AdminPermission;
  kind: ExportKind;
  withStore: boolean;
  /** The products the file covers, from the link's params (null when they do not parse). */
  products(db: Db, params: unknown): Promise<Prisma.ProductWhereInput | null>;
}

function adminExport<S extends z.ZodType>(
  schema: S,
  spec: Omit<AdminExport, 'products'>,
  where: (db: Db, params: z.output<S>) => Promise<Prisma.ProductWhereInput> | Prisma.ProductWhereInput,
): AdminExport {
  return {
    ...spec,
    async products(db, params) {
      const parsed = schema.safeParse(params);
      return parsed.success ? where(db, parsed.data) : null;
    },
  };
}

const variantFilter = adminVariantExportInput.omit({ format: true });

const adminExports = {
  /** "Download list product": the list across sellers, with its filters. */
  'admin.products': adminExport(
    adminProductFilter,
    { name: 'products', permission: 'product.view', kind: 'products', withStore: true },
    productWhere,
  ),
  /** "Download Product Seller": one store's products, as its seller downloads them. */
  'admin.sellerProducts': adminExport(
    storeIdInput,
    { name: 'products', permission: 'seller.view', kind: 'products', withStore: false },
    (_db, p) => ({ storeId: p.storeId }),
  ),
  /** "Download Product Variant": the variants of a product, a store, a seller, or everyone. */
  'admin.variants': adminExport(
    variantFilter,
    { name: 'variants', permission: 'product.view', kind: 'variants', withStore: true },
    (_db, p) => ({
      id: p.productId,
      storeId: p.storeId,
      ...(p.sellerId ? { store: { ownerId: p.sellerId } } : {}),
    }),
  ),
} satisfies Record<string, AdminExport>;
export type AdminExportKind = keyof typeof adminExports;

export function adminExportLink(
  ctx: Pick<Context, 'tokens' | 'clock'> & { admin: { id: string } },
  kind: AdminExportKind,
  format: 'csv' | 'xlsx',
  params: unknown,
) {
  return downloadLink(
    ctx,
    { realm: 'admin', storeId: everyStore, userId: ctx.admin.id, kind, format, params },
    (today) => `${adminExports[kind].name}-${today}.${format}`,
  );
}

/** The file an admin link grants, or null (unknown kind, staff deactivated or no longer allowed). */
export async function openAdminDownload(
  db: Db,
  grant: DownloadGrant,
  today: string,
): Promise<ExportFile | null> {
  if (!Object.hasOwn(adminExports, grant.kind)) return openAdminOrderFile(db, grant, today);
  const source = adminExports[grant.kind as AdminExportKind];
  if (grant.format !== 'csv' && grant.format !== 'xlsx') return null;
  const admin = await db.adminUser.findUnique({
    where: { id: grant.userId },
    select: { active: true, role: true },
  });
  if (!admin?.active || !adminRoleCan(admin.role, source.permission)) return null;
  const products = await source.products(db, grant.params);
  if (!products) return null;
  return tableFile(
    source.name,
    grant.format,
    today,
    catalogHeaders(source.kind, source.withStore),
    catalogRows(db, { products, withStore: source.withStore }, source.kind),
  );
}

import { Readable } from 'node:stream';
import { codAmountOf, orderPrintInput } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { downloadLink } from '../downloads/link.ts';
import type { ExportFile } from '../downloads/table-file.ts';
import { resolveRegion } from '../region/service.ts';
import { feesOf } from './detail.ts';
import type { StoreScope } from './filter.ts';
import { type PrintableOrder, type PrintLayout, renderOrdersPdf } from './print.ts';

export const printKind = 'invoices';

/** The orders to print, in the order asked, each with what its page shows; null if one is missing. */
async function printable(db: Db, tenant: StoreScope, invoices: string[]): Promise<PrintableOrder[] | null> {
  const rows = await db.order.findMany({
    where: {
      storeId: tenant.storeId,
      invoice: { in: invoices },
      ...(tenant.role === 'cs' ? { csMemberId: tenant.memberId } : {}),
    },
    include: { items: { orderBy: { sku: 'asc' } }, store: { select: { name: true } } },
  });
  const warehouses = await db.warehouse.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.senderWarehouseId))] } },
  });
  const byInvoice = new Map(rows.map((r) => [r.invoice, r]));
  const orders: PrintableOrder[] = [];
  for (const invoice of invoices) {
    const o = byInvoice.get(invoice);
    const warehouse = warehouses.find((w) => w.id === o?.senderWarehouseId);
    if (!o || !warehouse) return null;
    const [buyerRegion, senderRegion] = await Promise.all([
      resolveRegion(db, o.regionId, 'regionId'),
      resolveRegion(db, warehouse.regionId, 'regionId'),
    ]);
    orders.push({
      invoice: o.invoice,
      createdAt: o.createdAt,
      status: o.status,
      paymentMethod: o.paymentMethod,
      store: o.store,
      buyer: {
        name: o.buyerName,
        phone: o.buyerPhone,
        email: o.buyerEmail,
        address: o.address,
        regionLabel: buyerRegion.label,
      },
      sender: {
        name: warehouse.contactName,
        phone: warehouse.contactPhone,
        address: warehouse.address,
        regionLabel: senderRegion.label,
      },
      courier: { code: o.courierCode, service: o.serviceCode, awb: o.awb },
      weightGrams: o.weightGrams,
      items: o.items,
      itemsTotal: o.itemsTotal,
      shippingCost: o.shippingCost,
      codFee: o.codFee,
      insuranceFee: o.insuranceFee,
      otherFees: feesOf(o.otherFees),
      productDiscount: o.productDiscount,
      shippingDiscount: o.shippingDiscount,
      total: o.total,
      downPaymentReceived: o.downPaymentPaidAt ? o.downPayment : null,
      codAmount: codAmountOf(o),
      note: o.note,
    });
  }
  return orders;
}

/**
 * "Cetak Invoice": checks the orders exist in the scope now (so a wrong invoice is a 404 here,
 * not a broken download) and answers a 5-minute link to the PDF. `userId` is the store member's,
 * or with `realm: 'admin'` the platform staff member's (any store, chosen by `tenant`).
 */
export async function printLink(
  ctx: Pick<Context, 'db' | 'clock' | 'tokens'> & { tenant: StoreScope },
  who: { userId: string; realm?: 'admin' },
  input: { invoices: string[]; layout: PrintLayout },
) {
  const invoices = [...new Set(input.invoices)];
  if (!(await printable(ctx.db, ctx.tenant, invoices))) throw notFound('Order');
  const name = input.layout === 'a4' ? 'invoice' : 'label';
  return downloadLink(
    ctx,
    { ...who, storeId: ctx.tenant.storeId, kind: printKind, format: input.layout, params: { invoices } },
    () => (invoices.length === 1 ? `${name}-${invoices[0]}.pdf` : `${name}-${invoices.length}-orders.pdf`),
  );
}

/** The PDF a print link grants; null when its parameters are not ones we signed. */
export async function printFile(
  db: Db,
  tenant: StoreScope,
  params: unknown,
  layout: string,
): Promise<ExportFile | null> {
  const parsed = orderPrintInput.safeParse({ ...(params as object), layout });
  if (!parsed.success) return null;
  const orders = await printable(db, tenant, parsed.data.invoices);
  if (!orders) return null;
  const pdf = await renderOrdersPdf(orders, parsed.data.layout);
  return {
    filename: `${parsed.data.layout === 'a4' ? 'invoice' : 'label'}.pdf`,
    contentType: 'application/pdf',
    body: Readable.from([pdf]),
  };
}

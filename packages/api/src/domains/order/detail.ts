import { codAmountOf, manualMoves, type OrderDetail } from '@bosonline/contracts';
import type { SellerContext } from '../../context.ts';
import { ShippingUnavailableError } from '../../ports/index.ts';
import { orderDeliveries } from '../conversion/deliveries.ts';
import { followUpOrder, followUpView } from '../follow-up/views.ts';
import { resolveRegion } from '../region/service.ts';
import { orderRiskOf } from '../risk/view.ts';
import { isEditable } from './editable.ts';
import type { StoreScope } from './filter.ts';
import { findOrder } from './load.ts';
import { csNames, productSummary, shieldReasonsOf } from './views.ts';

type DetailCtx = Pick<SellerContext, 'db' | 'ports' | 'logger'> & { tenant: StoreScope };

/** The courier's history; null (not an error) while the provider cannot be reached. */
async function trackingOf(ctx: DetailCtx, shipmentRef: string | null) {
  if (!shipmentRef) return [];
  try {
    return (await ctx.ports.shipping.track(shipmentRef)).events;
  } catch (error) {
    if (error instanceof ShippingUnavailableError) return null;
    throw error;
  }
}

/** The stored extra fees, typed (a hand-edited row shows as no fees rather than failing). */
export function feesOf(value: unknown): Array<{ name: string; amount: number }> {
  return Array.isArray(value)
    ? value.filter(
        (f): f is { name: string; amount: number } =>
          typeof f?.name === 'string' && Number.isInteger(f?.amount),
      )
    : [];
}

/** "Detail Order": everything about one order, with its timeline and follow-ups. */
export async function detail(ctx: DetailCtx, invoice: string): Promise<OrderDetail> {
  const order = await findOrder(ctx, invoice);
  const [items, events, followUps, form, warehouse, bankAccount, vouchers, tracking, conversions] =
    await Promise.all([
      ctx.db.orderItem.findMany({ where: { orderId: order.id }, orderBy: { sku: 'asc' } }),
      ctx.db.orderEvent.findMany({
        where: { orderId: order.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      ctx.db.orderFollowUp.findMany({ where: { orderId: order.id }, orderBy: followUpOrder }),
      order.formId
        ? ctx.db.form.findUnique({ where: { id: order.formId }, select: { id: true, name: true } })
        : null,
      ctx.db.warehouse.findUniqueOrThrow({ where: { id: order.senderWarehouseId } }),
      order.paidBankAccountId
        ? ctx.db.bankAccount.findUnique({ where: { id: order.paidBankAccountId }, include: { bank: true } })
        : null,
      ctx.db.voucher.findMany({
        where: { id: { in: [order.productVoucherId, order.shippingVoucherId].filter((v) => v !== null) } },
        select: { id: true, code: true, kind: true },
      }),
      trackingOf(ctx, order.shipmentRef),
      orderDeliveries(ctx, order),
    ]);
  const actorIds = [
    ...new Set([...events.map((e) => e.actorUserId), order.createdById].filter((id) => id !== null)),
  ];
  const [actors, cs, region, senderRegion] = await Promise.all([
    ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    csNames(ctx, [order.csMemberId]),
    resolveRegion(ctx.db, order.regionId, 'regionId'),
    resolveRegion(ctx.db, warehouse.regionId, 'regionId'),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const member = order.csMemberId ? cs.get(order.csMemberId) : undefined;
  const discountOf = (id: string) =>
    id === order.productVoucherId ? order.productDiscount : order.shippingDiscount;
  return {
    id: order.id,
    invoice: order.invoice,
    status: order.status,
    paymentMethod: order.paymentMethod,
    buyerName: order.buyerName,
    buyerPhone: order.buyerPhone,
    buyerEmail: order.buyerEmail,
    address: order.address,
    region,
    regionLabel: region.label,
    buyerDetails: Array.isArray(order.buyerDetails)
      ? (order.buyerDetails as Array<{ fieldName: string; value: string | null }>)
      : [],
    note: order.note,
    courierCode: order.courierCode,
    serviceCode: order.serviceCode,
    awb: order.awb,
    total: order.total,
    itemCount: order.itemCount,
    productSummary: productSummary(items),
    items: items.map((i) => ({
      sku: i.sku,
      productName: i.productName,
      variantName: i.variantName,
      price: i.price,
      quantity: i.quantity,
      weightGrams: i.weightGrams,
      subtotal: i.price * i.quantity,
    })),
    sender: {
      warehouseId: warehouse.id,
      name: warehouse.name,
      contactName: warehouse.contactName,
      contactPhone: warehouse.contactPhone,
      address: warehouse.address,
      region: senderRegion,
    },
    shipment: {
      courierCode: order.courierCode,
      serviceCode: order.serviceCode,
      insured: order.insured,
      weightGrams: order.weightGrams,
      awb: order.awb,
      bookedAt: order.bookedAt,
      tracking,
    },
    payment: {
      method: order.paymentMethod,
      paidAt: order.paidAt,
      dueAt: order.status === 'unpaid' ? order.paymentDueAt : null,
      paidAmount: order.paidAmount,
      bankAccount: bankAccount
        ? {
            id: bankAccount.id,
            bankName: bankAccount.bank.name,
            accountNumber: bankAccount.accountNumber,
            accountHolder: bankAccount.accountHolder,
          }
        : null,
      proofUrl: order.paymentProofUrl,
      note: order.paymentNote,
    },
    fees: {
      itemsTotal: order.itemsTotal,
      shippingCost: order.shippingCost,
      codFee: order.codFee,
      insuranceFee: order.insuranceFee,
      otherFees: feesOf(order.otherFees),
      productDiscount: order.productDiscount,
      shippingDiscount: order.shippingDiscount,
      total: order.total,
    },
    vouchers: vouchers.map((v) => ({ code: v.code, kind: v.kind, discount: discountOf(v.id) })),
    cs: order.csMemberId && member ? { memberId: order.csMemberId, ...member } : null,
    createdBy: order.createdById
      ? { userId: order.createdById, name: actorName.get(order.createdById) ?? '' }
      : null,
    form,
    editable: isEditable(order),
    nextStatuses: manualMoves(order),
    timeline: events.map((e) => ({
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorUserId ? (actorName.get(e.actorUserId) ?? null) : null,
      data: e.data,
      at: e.createdAt,
    })),
    followUps: followUps.map(followUpView),
    conversions,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    shippedAt: order.shippedAt,
    canceledAt: order.canceledAt,
    cancelReason: order.cancelReason,
    deliveredAt: order.deliveredAt,
    returnedAt: order.returnedAt,
    risk: orderRiskOf(order),
    confirmDueAt: order.status === 'awaiting_confirmation' ? order.confirmDueAt : null,
    confirmByPhone: order.status === 'awaiting_confirmation' && order.confirmByPhone,
    downPayment:
      order.downPayment === null
        ? null
        : {
            amount: order.downPayment,
            paid: order.downPaymentPaidAt !== null,
            paidAt: order.downPaymentPaidAt,
          },
    codAmount: codAmountOf(order),
    heldUntil: order.heldUntil,
    shieldReasons: shieldReasonsOf(order.shieldReasons),
  };
}

import type {
  orderCourierInput,
  orderCustomerInput,
  orderOtherFeesInput,
  orderPaymentMethodInput,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { codFee, orderTotal } from '../checkout/pricing.ts';
import { formSettings } from '../form/settings.ts';
import { assertAddressRegion } from '../region/service.ts';
import { serviceRate } from '../shipping/rates.ts';
import { applyOrderChange } from './change.ts';
import { assertEditable } from './editable.ts';
import { findOrder, type OrderRow } from './load.ts';

// The edits a seller makes before an order is paid or booked: each re-prices the order on the
// server and logs an event, in one transaction that re-checks the order is still editable.

type EditCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports'>;

/** The price of the order's parcel with this courier service to this region (the port decides). */
async function shippingRate(
  ctx: EditCtx,
  order: OrderRow,
  to: { regionId: number; courierCode: string; serviceCode: string },
  field: string,
) {
  const warehouse = await ctx.db.warehouse.findUniqueOrThrow({
    where: { id: order.senderWarehouseId },
    select: { regionId: true },
  });
  const rate = await serviceRate(ctx, {
    originRegionId: warehouse.regionId,
    destinationRegionId: to.regionId,
    weightGrams: order.weightGrams,
    courierCode: to.courierCode,
    serviceCode: to.serviceCode,
  });
  if (!rate)
    throw invalidField(field, `${to.courierCode.toUpperCase()} ${to.serviceCode} does not deliver there`);
  return rate;
}

/** Amount columns after a change, with the total from the one formula. */
function repriced(
  order: OrderRow,
  changes: Partial<Pick<OrderRow, 'shippingCost' | 'codFee' | 'otherFeesTotal'>>,
) {
  const next = { ...order, ...changes };
  // A shipping voucher never pays more than the shipping.
  const shippingDiscount = Math.min(order.shippingDiscount, next.shippingCost);
  return {
    shippingCost: next.shippingCost,
    codFee: next.codFee,
    otherFeesTotal: next.otherFeesTotal,
    shippingDiscount,
    total: orderTotal({ ...next, shippingDiscount }),
  };
}

/**
 * Writes an edit if the order is still unpaid and unbooked (a payment or booking may have landed
 * since it was read): one guarded UPDATE and the event row, together.
 */
async function saveEdit(
  ctx: EditCtx,
  order: OrderRow,
  type: string,
  data: Prisma.OrderUpdateManyMutationInput,
  details: Prisma.InputJsonValue,
) {
  const { status, ...columns } = data;
  const landed = await applyOrderChange(ctx, order, {
    to: status as OrderRow['status'] | undefined,
    type,
    data: columns,
    details,
    expect: { status: 'unpaid', shipmentRef: null },
  });
  if (!landed) throw conflict('This order changed meanwhile (paid or booked); reload it');
}

/** Lower-cased, without "Kabupaten"/"Kota"/"Kecamatan", for comparing place names. */
function placeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kab\.?|kota|kecamatan|kec\.?)\s+/, '')
    .trim();
}

/**
 * "Edit Customer Order" (`PUT /store/order/{id}/detail/customer`). `city` and `district` must be
 * those of `addr_id` (they are what the courier prints; a mismatch means a wrong pick). A new
 * region re-prices the shipping with the same courier service.
 */
export async function updateCustomer(ctx: EditCtx, input: z.output<typeof orderCustomerInput>) {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  const region = await assertAddressRegion(ctx.db, input.addrId, 'addrId');
  if (!region.city || placeName(region.city.name) !== placeName(input.city)) {
    throw invalidField('city', `Region ${input.addrId} is in ${region.city?.name ?? 'no city'}`);
  }
  if (!region.district || placeName(region.district.name) !== placeName(input.district)) {
    throw invalidField('district', `Region ${input.addrId} is in ${region.district?.name ?? 'no district'}`);
  }
  const rate =
    region.id === order.regionId
      ? null
      : await shippingRate(
          ctx,
          order,
          { regionId: region.id, courierCode: order.courierCode, serviceCode: order.serviceCode },
          'addrId',
        );
  await saveEdit(
    ctx,
    order,
    'customer_updated',
    {
      buyerName: input.customerName,
      buyerPhone: input.customerPhone,
      buyerEmail: input.customerEmail,
      regionId: region.id,
      address: input.customerAddress,
      ...(rate ? repriced(order, { shippingCost: rate.price }) : {}),
    },
    {
      before: { name: order.buyerName, phone: order.buyerPhone, regionId: order.regionId },
      regionId: region.id,
    },
  );
}

/** "Edit Choose Courier": another courier service, re-priced for the same parcel and address. */
export async function updateCourier(ctx: EditCtx, input: z.output<typeof orderCourierInput>) {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  const rate = await shippingRate(ctx, order, { regionId: order.regionId, ...input }, 'serviceCode');
  if (order.paymentMethod === 'cod' && !rate.cod) {
    throw invalidField('serviceCode', 'This service does not collect cash on delivery');
  }
  await saveEdit(
    ctx,
    order,
    'courier_updated',
    {
      courierCode: input.courierCode,
      serviceCode: input.serviceCode,
      ...repriced(order, { shippingCost: rate.price }),
    },
    { before: { courierCode: order.courierCode, serviceCode: order.serviceCode }, shippingCost: rate.price },
  );
}

/**
 * "Edit / Update Payment Method". Switching to COD charges the form's COD fee and, as COD needs no
 * payment, moves the order on to `processing`; switching away drops the fee.
 */
export async function updatePaymentMethod(ctx: EditCtx, input: z.output<typeof orderPaymentMethodInput>) {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  if (input.paymentMethod === order.paymentMethod) return;
  let fee = 0;
  if (input.paymentMethod === 'cod') {
    const rate = await shippingRate(ctx, order, order, 'paymentMethod');
    if (!rate.cod)
      throw invalidField('paymentMethod', 'This courier service does not collect cash on delivery');
    const form = order.formId ? await ctx.db.form.findUnique({ where: { id: order.formId } }) : null;
    fee = form ? codFee(formSettings(form).codFee, order.itemsTotal) : 0;
  }
  await saveEdit(
    ctx,
    order,
    'payment_method_updated',
    {
      paymentMethod: input.paymentMethod,
      ...(input.paymentMethod === 'cod' ? { status: 'processing' } : {}),
      ...repriced(order, { codFee: fee }),
    },
    { before: order.paymentMethod, codFee: fee },
  );
}

/** "Edit Another Fee": replaces the order's named extra fees and discounts. */
export async function updateOtherFees(ctx: EditCtx, input: z.output<typeof orderOtherFeesInput>) {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  const otherFeesTotal = input.fees.reduce((sum, f) => sum + f.amount, 0);
  const amounts = repriced(order, { otherFeesTotal });
  if (amounts.total <= 0) {
    throw invalidField('fees', 'The discounts would bring the total to zero or below');
  }
  await saveEdit(
    ctx,
    order,
    'other_fees_updated',
    { otherFees: input.fees, ...amounts },
    { fees: input.fees, total: amounts.total },
  );
}

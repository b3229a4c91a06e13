import type {
  orderCourierInput,
  orderCustomerInput,
  orderEditPreviewInput,
  orderOtherFeesInput,
  orderPaymentMethodInput,
  Permission,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { assertCan } from '../../lib/permission.ts';
import { assertFormOffers } from '../checkout/offered-service.ts';
import { assertStorableAmounts, codFee, orderTotal } from '../checkout/pricing.ts';
import { formSettings } from '../form/settings.ts';
import { assertAddressRegion } from '../region/service.ts';
import { serviceRate } from '../shipping/rates.ts';
import { applyOrderChange } from './change.ts';
import { assertEditable } from './editable.ts';
import { findOrder, type OrderRow } from './load.ts';

// The edits a seller makes before an order is paid or booked: each re-prices the order on the
// server and logs an event, in one transaction that re-checks the order is still editable.

type EditCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'logger'>;

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
  const amounts = {
    shippingCost: next.shippingCost,
    codFee: next.codFee,
    otherFeesTotal: next.otherFeesTotal,
    shippingDiscount,
    total: orderTotal({ ...next, shippingDiscount }),
  };
  assertStorableAmounts(amounts, 'total');
  return amounts;
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

/** The amounts an edit stores, as `repriced` answers them. */
export type EditAmounts = ReturnType<typeof repriced>;

/**
 * An edit worked out but not written: the re-priced amounts (what a preview shows) and, unless
 * nothing would change, the write that `saveEdit` makes. Preview and save share this one path, so
 * the total a seller is shown is the total that is stored.
 */
export interface EditPlan {
  order: OrderRow;
  amounts: EditAmounts;
  write: {
    type: string;
    data: Prisma.OrderUpdateManyMutationInput;
    details: Prisma.InputJsonValue;
  } | null;
}

async function save(ctx: EditCtx, plan: EditPlan) {
  if (!plan.write) return;
  await saveEdit(ctx, plan.order, plan.write.type, plan.write.data, plan.write.details);
}

/**
 * "Edit Customer Order" (`PUT /store/order/{id}/detail/customer`). `city` and `district` must be
 * those of `addr_id` (they are what the courier prints; a mismatch means a wrong pick). A new
 * region re-prices the shipping with the same courier service.
 */
async function planCustomer(ctx: EditCtx, input: z.output<typeof orderCustomerInput>): Promise<EditPlan> {
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
  // Only a new region re-prices; the same one keeps the stored amounts as they are.
  const amounts = rate ? repriced(order, { shippingCost: rate.price }) : null;
  return {
    order,
    amounts: amounts ?? repriced(order, {}),
    write: {
      type: 'customer_updated',
      data: {
        buyerName: input.customerName,
        buyerPhone: input.customerPhone,
        buyerEmail: input.customerEmail,
        regionId: region.id,
        address: input.customerAddress,
        ...amounts,
      },
      details: {
        before: { name: order.buyerName, phone: order.buyerPhone, regionId: order.regionId },
        regionId: region.id,
      },
    },
  };
}

/**
 * "Edit Choose Courier": another courier service, re-priced for the same parcel and address. An
 * order placed on a form keeps to the services that form offers (as its checkout did); an order
 * without a form (seeded or imported) only needs a service that delivers there.
 */
async function planCourier(ctx: EditCtx, input: z.output<typeof orderCourierInput>): Promise<EditPlan> {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  const form = order.formId ? await ctx.db.form.findUnique({ where: { id: order.formId } }) : null;
  if (form)
    assertFormOffers(formSettings(form).couriers, input, { courier: 'courierCode', service: 'serviceCode' });
  const rate = await shippingRate(ctx, order, { regionId: order.regionId, ...input }, 'serviceCode');
  if (order.paymentMethod === 'cod' && !rate.cod) {
    throw invalidField('serviceCode', 'This service does not collect cash on delivery');
  }
  const amounts = repriced(order, { shippingCost: rate.price });
  return {
    order,
    amounts,
    write: {
      type: 'courier_updated',
      data: { courierCode: input.courierCode, serviceCode: input.serviceCode, ...amounts },
      details: {
        before: { courierCode: order.courierCode, serviceCode: order.serviceCode },
        shippingCost: rate.price,
      },
    },
  };
}

/**
 * "Edit / Update Payment Method". Switching to COD charges the form's COD fee and, as COD needs no
 * payment, moves the order on to `processing`; switching away drops the fee.
 */
async function planPaymentMethod(
  ctx: EditCtx,
  input: z.output<typeof orderPaymentMethodInput>,
): Promise<EditPlan> {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  if (input.paymentMethod === order.paymentMethod)
    return { order, amounts: repriced(order, {}), write: null };
  let fee = 0;
  if (input.paymentMethod === 'cod') {
    const rate = await shippingRate(ctx, order, order, 'paymentMethod');
    if (!rate.cod)
      throw invalidField('paymentMethod', 'This courier service does not collect cash on delivery');
    const form = order.formId ? await ctx.db.form.findUnique({ where: { id: order.formId } }) : null;
    fee = form ? codFee(formSettings(form).codFee, order.itemsTotal) : 0;
  }
  const amounts = repriced(order, { codFee: fee });
  return {
    order,
    amounts,
    write: {
      type: 'payment_method_updated',
      data: {
        paymentMethod: input.paymentMethod,
        ...(input.paymentMethod === 'cod' ? { status: 'processing' } : {}),
        ...amounts,
      },
      details: { before: order.paymentMethod, codFee: fee },
    },
  };
}

/** "Edit Another Fee": replaces the order's named extra fees and discounts. */
async function planOtherFees(ctx: EditCtx, input: z.output<typeof orderOtherFeesInput>): Promise<EditPlan> {
  const order = await findOrder(ctx, input.invoice);
  assertEditable(order);
  const otherFeesTotal = input.fees.reduce((sum, f) => sum + f.amount, 0);
  const amounts = repriced(order, { otherFeesTotal });
  if (amounts.total <= 0) {
    throw invalidField('fees', 'The discounts would bring the total to zero or below');
  }
  return {
    order,
    amounts,
    write: {
      type: 'other_fees_updated',
      data: { otherFees: input.fees, ...amounts },
      details: { fees: input.fees, total: amounts.total },
    },
  };
}

export async function updateCustomer(ctx: EditCtx, input: z.output<typeof orderCustomerInput>) {
  await save(ctx, await planCustomer(ctx, input));
}

export async function updateCourier(ctx: EditCtx, input: z.output<typeof orderCourierInput>) {
  await save(ctx, await planCourier(ctx, input));
}

export async function updatePaymentMethod(ctx: EditCtx, input: z.output<typeof orderPaymentMethodInput>) {
  await save(ctx, await planPaymentMethod(ctx, input));
}

export async function updateOtherFees(ctx: EditCtx, input: z.output<typeof orderOtherFeesInput>) {
  await save(ctx, await planOtherFees(ctx, input));
}

/** Who may preview an edit is who may save it: fees are `order.manage`, the rest `order.edit`. */
export const editPermission = {
  customer: 'order.edit',
  courier: 'order.edit',
  paymentMethod: 'order.edit',
  otherFees: 'order.manage',
} as const satisfies Record<z.output<typeof orderEditPreviewInput>['kind'], Permission>;

function planEdit(ctx: EditCtx, input: z.output<typeof orderEditPreviewInput>): Promise<EditPlan> {
  switch (input.kind) {
    case 'customer':
      return planCustomer(ctx, input);
    case 'courier':
      return planCourier(ctx, input);
    case 'paymentMethod':
      return planPaymentMethod(ctx, input);
    case 'otherFees':
      return planOtherFees(ctx, input);
  }
}

/**
 * `order.previewEdit`: the amounts the edit would store, worked out exactly as saving it would
 * (same rates, same checks, same errors) and written nowhere.
 */
export async function previewEdit(
  ctx: EditCtx,
  input: z.output<typeof orderEditPreviewInput>,
): Promise<EditAmounts> {
  assertCan(ctx.tenant, editPermission[input.kind]);
  return (await planEdit(ctx, input)).amounts;
}

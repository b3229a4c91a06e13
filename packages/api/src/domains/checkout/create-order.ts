import { randomUUID } from 'node:crypto';
import {
  type CreateOrderInput,
  type CreateOrderOutput,
  heldByBlockList,
  type ManualOrderOutput,
} from '@bosonline/contracts';
import type { WhatsappCheck } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { conflict, invalidField, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { isProviderUnavailable } from '../../ports/index.ts';
import { kickConversions, recordCheckoutConversions } from '../conversion/outbox.ts';
import { planFor, plannedFollowUps, queueFollowUps, type ScheduledFollowUp } from '../follow-up/plan.ts';
import type { PublishedForm } from '../form/published.ts';
import { checkStock, InsufficientStockError, moveStock, type Tx } from '../inventory/ledger.ts';
import { stockTransaction } from '../inventory/transaction.ts';
import { paymentDueAt, queueExpiry } from '../order/expiry.ts';
import { releaseVouchers } from '../order/release.ts';
import { gatewayChannel } from '../payment/channel.ts';
import { openCharge } from '../payment/charge.ts';
import { assessRiskTakingInvoice, type PastShield, pastShield, whatsappStanding } from '../risk/assess.ts';
import { holdColumns, startHold } from '../risk/hold.ts';
import { type RiskAssessment, scoreRisk } from '../risk/score.ts';
import { queueHoldExpiry } from '../shield/hold.ts';
import { buyerFactColumns } from '../shield/shield.sql.ts';
import {
  buyerFactsInput,
  type OrderPlacer,
  type ShieldVerdict,
  shieldApplies,
  shieldVerdict,
} from '../shield/verdict.ts';
import { recordBooking, shipmentRequestOf } from '../shipping/booking.ts';
import { pickWeighted } from '../staff/rotation.ts';
import { recordWebhookEvents } from '../webhook/outbox.ts';
import { takeVoucherUseSql } from './checkout.sql.ts';
import { assertCustomFields } from './custom-fields.ts';
import { assertSameRequest, type Idempotency, idempotencyOf } from './idempotency.ts';
import { insertOrderRows, type OrderRows } from './insert-order.ts';
import { answerOf, orderAnswer } from './order-answer.ts';
import { checkoutEntry, type ManualEntry, type OrderEntry } from './origin.ts';
import { publishedForm } from './public.ts';
import { chargesOf, type Quote, quoteOrder } from './quote.ts';
import { buyerOnWhatsapp, cacheWhatsappCheck, checkWhatsapp, type WhatsappAnswer } from './whatsapp.ts';

type CheckoutCtx = Pick<
  Context,
  'db' | 'clock' | 'ports' | 'req' | 'logger' | 'jobs' | 'tokens' | 'publicUrl'
>;

/**
 * The order's COD risk, and where it goes unless the shield holds it (`pastShield`: a hold for a
 * confirmation or a down payment, or on as usual).
 */
interface RiskVerdict {
  assessment: RiskAssessment;
  past: PastShield;
}

const orderTransaction = { timeout: 20_000, maxWait: 20_000 };
/**
 * A COD order is undone when its courier booking fails, within the booking's timeout: its
 * `order.created` webhook waits this long, so a buyer's failed checkout never reaches the seller's
 * system (undoOrder deletes the unsent event).
 */
const codCreatedHoldMs = 60_000;

/**
 * The CS member who gets this order: weighted rotation over the form's CS (else the store's); a
 * manual order stays with the staff member who placed it.
 */
function pickCs(quote: Quote, entry: OrderEntry): { id: string; phone: string | null } | null {
  if (entry.origin === 'manual') return { id: entry.memberId, phone: entry.phone };
  return pickWeighted(quote.store.csMembers, Math.random()) ?? null;
}

/**
 * Takes one use of each voucher the quote applies (product, then shipping), each refused on its own
 * input field when its quota ran out since the quote (the database has the last word).
 */
async function redeemVouchers(tx: Tx, storeId: string, quote: Quote, buyerPhone: string) {
  const uses = [
    { applied: quote.productVoucher, field: 'items.discountVoucherCode' },
    { applied: quote.shippingVoucher, field: 'items.deliveryVoucherCode' },
  ];
  for (const { applied, field } of uses) {
    if (!applied) continue;
    const taken = await tx.$executeRaw(
      takeVoucherUseSql({ redemptionId: randomUUID(), voucherId: applied.voucher.id, storeId, buyerPhone }),
    );
    if (taken === 0) throw invalidField(field, 'This voucher has been used up');
  }
}

/**
 * Writes the order, reserves its stock and uses its vouchers: all in one transaction, which also
 * caches a WhatsApp answer got on the way.
 */
async function writeOrder(
  ctx: CheckoutCtx,
  form: PublishedForm,
  input: CreateOrderInput,
  quote: Quote,
  invoice: string,
  idempotency: Idempotency | null,
  entry: OrderEntry,
  risk: RiskVerdict,
  shield: ShieldVerdict,
  /** A provider's answer for the buyer's number got on this checkout, for the WhatsApp cache. */
  whatsappCheck: WhatsappCheck | null,
): Promise<{
  order: OrderRows['order'];
  csPhone: string | null;
  followUps: ScheduledFollowUp[];
  conversions: string[];
}> {
  const { receiver, items } = input;
  const storeId = form.storeId;
  const cs = pickCs(quote, entry);
  const placedBy = entry.origin === 'manual' ? entry.userId : null;
  // The shield's hold comes first: a spam order is not offered to the buyer for confirmation.
  // A held order keeps its stock and voucher uses only for the hold (shield/hold.ts, risk/hold.ts);
  // one held for a block-list entry takes no stock at all (order/release.ts `holdsStock`).
  const status = shield.reasons.length ? 'suspicious' : risk.past.status;
  const orderId = randomUUID();
  const now = new Date();
  // Deadlines by the app clock, which the jobs that act on them read.
  const scheduledAt = ctx.clock.now();
  const rows: Omit<OrderRows, 'followUps' | 'whatsappCheck'> = {
    order: {
      id: orderId,
      storeId,
      formId: form.id,
      invoice,
      status,
      paymentMethod: quote.paymentMethod,
      buyerName: receiver.receiverName,
      buyerPhone: receiver.receiverPhone,
      buyerEmail: null,
      regionId: quote.region.id,
      address: receiver.receiverAddress,
      buyerDetails: receiver.receiverDetail,
      note: items.note ?? null,
      senderWarehouseId: quote.warehouse.id,
      ...quote.service,
      insured: quote.insured,
      weightGrams: quote.weightGrams,
      itemCount: quote.lines.reduce((sum, line) => sum + line.quantity, 0),
      ...chargesOf(quote),
      productVoucherId: quote.productVoucher?.voucher.id ?? null,
      shippingVoucherId: quote.shippingVoucher?.voucher.id ?? null,
      csMemberId: cs?.id ?? null,
      awb: null,
      shipmentRef: null,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyHash: idempotency?.hash ?? null,
      bookingAttempts: 0,
      otherFees: [],
      otherFeesTotal: 0,
      paidAmount: null,
      paidBankAccountId: null,
      paymentProofUrl: null,
      paymentNote: null,
      paymentConfirmedById: null,
      bookedAt: null,
      shippedAt: null,
      deliveredAt: null,
      returnedAt: null,
      cancelReason: null,
      followUpCount: 0,
      lastFollowUpAt: null,
      paidAt: null,
      canceledAt: null,
      paymentDueAt: paymentDueAt(quote.paymentMethod, form.settings.paymentWindowHours, scheduledAt),
      createdById: placedBy,
      riskScore: risk.assessment.score,
      riskReasons: risk.assessment.reasons,
      ...holdColumns(status === 'suspicious' ? null : risk.past.hold, form.settings.riskPolicy, scheduledAt),
      downPaymentPaidAt: null,
      buyerIp: shield.buyerIp,
      deviceId: shield.deviceId,
      shieldReasons: shield.reasons,
      heldUntil: shield.heldUntil,
      createdAt: now,
      updatedAt: now,
    },
    items: quote.lines.map((line) => ({
      id: randomUUID(),
      orderId,
      storeId,
      variantId: line.variantId,
      warehouseId: quote.warehouse.id,
      sku: line.sku,
      productName: line.productName,
      variantName: line.variantName,
      price: line.price,
      quantity: line.quantity,
      weightGrams: line.weightGrams,
    })),
    event: {
      id: randomUUID(),
      orderId,
      storeId,
      type: 'created',
      fromStatus: null,
      toStatus: status,
      actorUserId: placedBy,
      data: entry.origin === 'manual' ? { origin: 'manual' } : {},
      createdAt: now,
    },
  };
  // No reminders to a buyer the shield holds: a released order is the seller's to follow up.
  const followUps =
    status === 'suspicious' ? [] : plannedFollowUps(rows.order, planFor(quote.paymentMethod), scheduledAt);
  // The last unit sold: forms stop showing it in stock once this commits (stockTransaction); the
  // cart was checked in the database, never in the cache.
  return stockTransaction(
    ctx,
    async (tx) => {
      const subscriptions = await insertOrderRows(tx, {
        ...rows,
        followUps,
        whatsappCheck,
      });
      const at = ctx.clock.now();
      await recordWebhookEvents(
        tx,
        {
          orderId,
          storeId,
          from: null,
          to: status,
          at,
          notBefore: status === 'booking' ? new Date(at.getTime() + codCreatedHoldMs) : undefined,
        },
        subscriptions,
      );
      // Only forms with a pixel keep the browser's facts and may send a Purchase (conversion/outbox.ts).
      const pixels = form.settings.pixels;
      const conversions =
        pixels.metaPixelId || pixels.tiktokPixelId
          ? await recordCheckoutConversions(
              tx,
              { ...rows.order, formId: form.id },
              {
                eventId: input.eventId ?? orderId,
                clientIp: ctx.req.ip,
                userAgent: ctx.req.userAgent?.slice(0, 500) ?? null,
                sourceUrl: pageUrl(ctx.req.referer),
              },
              pixels,
              status === 'booking' ? new Date(at.getTime() + codCreatedHoldMs) : undefined,
            )
          : [];
      // Variants in a fixed order, so two carts sharing variants never wait on each other crosswise.
      // A buyer on a block list takes no stock while held (release/holdsStock), but is refused when
      // short exactly as anyone would be.
      const takesStock = !heldByBlockList(shield.reasons);
      for (const line of [...quote.lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
        if (!takesStock) {
          await checkStock(tx, { ...line, warehouseId: quote.warehouse.id });
          continue;
        }
        await moveStock(tx, {
          storeId,
          variantId: line.variantId,
          warehouseId: quote.warehouse.id,
          delta: -line.quantity,
          reason: 'sale',
          note: invoice,
        });
      }
      await redeemVouchers(tx, storeId, quote, receiver.receiverPhone);
      return { order: rows.order, csPhone: cs?.phone ?? null, followUps, conversions };
    },
    orderTransaction,
  );
}

/** The buyer's page as an http(s) URL, or null (a missing or odd Referer). */
function pageUrl(referer: string | null | undefined): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A COD order's Purchase on creation waits out its booking, as its `order.created` webhook does. */
const conversionHold = (ctx: CheckoutCtx, status: string) =>
  status === 'booking' ? new Date(ctx.clock.now().getTime() + codCreatedHoldMs) : undefined;

/**
 * Takes back everything an order reserved when its provider step failed (the COD shipment could
 * not be booked, the gateway made no VA/QRIS): stock returns through the ledger (sale, then
 * sale_canceled), voucher uses are released, and the order rows go, so the buyer's retry starts
 * clean. Only the skipped invoice number remains.
 */
async function undoOrder(ctx: CheckoutCtx, orderId: string, why: string) {
  // Units come back: a form that showed them sold out shows them again (stockTransaction).
  await stockTransaction(
    ctx,
    async (tx) => {
      const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true } });
      for (const item of order.items) {
        await moveStock(tx, {
          storeId: order.storeId,
          variantId: item.variantId,
          warehouseId: item.warehouseId,
          delta: item.quantity,
          reason: 'sale_canceled',
          note: `${order.invoice}: ${why}`,
        });
      }
      await releaseVouchers(tx, order);
      await tx.abandonedCheckout.updateMany({ where: { orderId }, data: { orderId: null } });
      await tx.webhookEvent.deleteMany({ where: { orderId } });
      await tx.order.delete({ where: { id: orderId } });
    },
    orderTransaction,
  );
}

/** Books the COD shipment; the order moves to ready_to_ship with its AWB (or stays booking until the webhook). */
async function bookShipment(ctx: CheckoutCtx, order: OrderRows['order'], quote: Quote) {
  const request = shipmentRequestOf(
    order,
    quote.warehouse,
    quote.lines.map((l) => l.productName),
  );
  const booking = await ctx.ports.shipping.book(request);
  await recordBooking(ctx, order, booking);
  return booking;
}

/** An order placed, with what a seller placing it for a buyer is also told. */
interface Placed {
  answer: CreateOrderOutput;
  invoice: string;
  awb: string | null;
}

/**
 * `POST /order/{id}`: a buyer places an order on a published form. Prices, fees, vouchers and the
 * total are computed here; stock and vouchers are taken in one transaction (never oversold). A COD
 * order is then booked with the courier; if that fails the order is undone and the buyer gets 503.
 * With an idempotency key, a retry returns the first answer instead of a second order.
 */
export async function createOrder(ctx: CheckoutCtx, input: CreateOrderInput): Promise<CreateOrderOutput> {
  return (await placeOrder(ctx, input, checkoutEntry)).answer;
}

/**
 * The same checkout, placed by a seller's staff member for a buyer ("Atur Pengiriman"): only on
 * their own store's forms (another store's is a 404, as if absent), sent from the warehouse they
 * name (`sender.warehouseName`; the store's default when they name none), handled by themselves.
 * Stock, vouchers, prices and idempotency follow the checkout's rules because they are its code.
 */
export async function createManualOrder(
  ctx: CheckoutCtx,
  input: CreateOrderInput,
  entry: ManualEntry,
): Promise<ManualOrderOutput> {
  const { answer, invoice, awb } = await placeOrder(ctx, input, entry);
  return { ...answer, invoice, awb };
}

async function placeOrder(ctx: CheckoutCtx, input: CreateOrderInput, entry: OrderEntry): Promise<Placed> {
  const idempotency = idempotencyOf(input, ctx.req.idempotencyKey);
  const replay = async (): Promise<Placed | null> => {
    if (!idempotency) return null;
    const prior = await ctx.db.order.findUnique({
      where: { formId_idempotencyKey: { formId: input.id, idempotencyKey: idempotency.key } },
      select: { id: true, idempotencyHash: true, storeId: true, invoice: true, awb: true },
    });
    if (!prior) return null;
    if (entry.origin === 'manual' && prior.storeId !== entry.storeId) throw notFound('Form');
    assertSameRequest(idempotency, prior.idempotencyHash);
    const answer = await orderAnswer(ctx.db, prior.id, ctx.ports.payment.channels());
    return { answer, invoice: prior.invoice, awb: prior.awb };
  };
  const previous = await replay();
  if (previous) return previous;

  const form = await publishedForm(
    ctx,
    input.id,
    input.items.orderItems.map((i) => i.itemSku),
  );
  // Another store's form is none of the caller's business: the same 404 as an unknown one.
  if (entry.origin === 'manual' && form.storeId !== entry.storeId) throw notFound('Form');
  // Only a seller's staff member names the sender; a buyer's `sender` is never read.
  const warehouseName = entry.origin === 'manual' ? input.sender?.warehouseName : undefined;
  assertCustomFields(form.settings.customFields, input.receiver.receiverDetail);
  // The buyer's own validation's answer (null: not asked for), passed on to `buyerOnWhatsapp` even
  // when the provider could not tell, so it is asked at most once per checkout.
  let validated: WhatsappAnswer | null = null;
  if (input.items.waValidation) {
    // A provider that cannot look numbers up (checked: false) lets every well-formed number pass.
    const { answer, check } = await checkWhatsapp(ctx, input.receiver.receiverPhone);
    if (!answer.valid) {
      // No order to write it with; the buyer's next try (a typo fixed or not) reads it.
      if (check) await cacheWhatsappCheck(ctx, check);
      throw invalidField('receiver.receiverPhone', 'This number is not on WhatsApp');
    }
    validated = { valid: answer.checked ? answer.valid : null, check };
  }
  const quote = await quoteOrder(ctx, form, input, warehouseName);
  // Checked before anything is written: an unknown channel is the buyer's 400, not a taken-back order.
  const channel =
    quote.paymentMethod === 'payment_gateway'
      ? gatewayChannel(ctx.ports.payment, input.items.paymentMethod.bank, quote.total)
      : null;
  // The COD risk score, the invoice number and the Order Shield's buyer facts come in one
  // statement (domains/risk/assess.ts, shield/shield.sql.ts): each round trip here counts.
  const { features, invoice, row } = await assessRiskTakingInvoice(
    ctx,
    {
      storeId: form.storeId,
      phone: input.receiver.receiverPhone,
      regionId: quote.region.id,
      total: quote.total,
      address: input.receiver.receiverAddress,
      whatsappValid: validated?.valid ?? null,
    },
    buyerFactColumns(buyerFactsInput(ctx, form, input)),
  );
  // Whether the number has WhatsApp, known before the shield and the score judge it: an uncached
  // number is asked now (cached with the order's rows, writeOrder), so its first order counts too.
  // A seller's manual order is not asked about: they spoke to the buyer.
  const placer: OrderPlacer =
    entry.origin === 'manual' ? { kind: 'seller', userId: entry.userId } : { kind: 'buyer' };
  const known = validated ?? (row.whatsappValid === null ? null : { valid: row.whatsappValid, check: null });
  const whatsapp = shieldApplies(placer)
    ? await buyerOnWhatsapp(ctx, input.receiver.receiverPhone, known)
    : (known ?? { valid: null, check: null });
  // A provider's answer got on this checkout, cached with the order's rows (not a statement more).
  const whatsappCheck = whatsapp.check;
  const assessment = scoreRisk({ ...features, whatsapp: whatsappStanding(whatsapp.valid) });
  // The Order Shield's verdict; a held order is saved as `suspicious` and answered like any other.
  const shield = shieldVerdict(ctx, form, input, placer, { ...row, whatsappValid: whatsapp.valid });
  // Orders a store's CS enter for a buyer are scored but never held: they spoke to the buyer. A
  // buyer known not to be on WhatsApp is held for the seller's call, not for a message (assess.ts).
  const risk = {
    assessment,
    past: pastShield(form.settings.riskPolicy, assessment, {
      paymentMethod: quote.paymentMethod,
      byStaff: entry.origin === 'manual',
      total: quote.total,
      onWhatsapp: whatsapp.valid,
    }),
  };

  let written: Awaited<ReturnType<typeof writeOrder>>;
  try {
    written = await writeOrder(
      ctx,
      form,
      input,
      quote,
      invoice,
      idempotency,
      entry,
      risk,
      shield,
      whatsappCheck,
    );
  } catch (error) {
    // The provider's answer was to be cached with the order's rows; without them it is cached on
    // its own, so the buyer's retry is not asked of the provider again.
    if (whatsappCheck) {
      await cacheWhatsappCheck(ctx, whatsappCheck).catch((cacheError: unknown) =>
        ctx.logger.warn({ err: cacheError }, 'checkout: WhatsApp answer not cached'),
      );
    }
    if (error instanceof InsufficientStockError) {
      const line = quote.lines.find((l) => l.variantId === error.variantId);
      throw conflict(
        `Stok ${line?.sku ?? ''} tidak mencukupi (tersisa ${error.available})`.replace('  ', ' '),
      );
    }
    // The same key raced us and won: answer what it got.
    if (isUniqueViolation(error) && idempotency) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }

  // A crash from here until the booking is recorded leaves the order in `booking` without a
  // shipment: recoverStrandedBookings books it later, with the same key, so never twice.
  let awb: string | null = null;
  if (written.order.status === 'awaiting_confirmation') {
    // Nothing is booked until the buyer confirms on WhatsApp, the seller confirms after calling a
    // buyer without WhatsApp, or the seller confirms the down payment (domains/risk/hold.ts); the
    // store's accounts for that transfer are already at hand.
    await startHold(ctx, written.order, quote.store.bankAccounts);
  } else if (quote.paymentMethod === 'cod' && written.order.status === 'booking') {
    try {
      awb = (await bookShipment(ctx, written.order, quote)).awb;
    } catch (error) {
      // The courier is down: the buyer gets the 503 and no order (stock and vouchers come back).
      if (isProviderUnavailable(error)) await undoOrder(ctx, written.order.id, 'courier booking failed');
      throw error;
    }
  }
  let paymentGateway: Awaited<ReturnType<typeof openCharge>> | undefined;
  if (channel) {
    try {
      paymentGateway = await openCharge(ctx, written.order, channel);
    } catch (error) {
      // No VA or QR code, no order: the buyer gets the 503 (or the error) and stock comes back.
      await undoOrder(ctx, written.order.id, 'payment could not be created');
      throw error;
    }
  }
  await kickConversions(ctx, written.conversions, conversionHold(ctx, written.order.status));
  await queueExpiry(ctx, written.order);
  await queueHoldExpiry(ctx, written.order);
  await queueFollowUps(ctx, written.followUps);
  const answer = answerOf(quote.store, {
    csPhone: written.csPhone,
    productNames: quote.lines.map((l) => l.productName),
    total: quote.total,
    paymentGateway,
  });
  return { answer, invoice: written.order.invoice, awb };
}

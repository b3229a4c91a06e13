import { codAfterDownPayment, formatDeadline, type RiskPolicy } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import type { AppDeps, Context, SellerContext } from '../../context.ts';
import { delayUntil, enqueueSweptJob } from '../../jobs/enqueue.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { signHoldToken, verifyHoldToken } from '../../lib/tokens.ts';
import { isProviderUnavailable, MessagingUnavailableError } from '../../ports/index.ts';
import { cachedStoreFacts, type StoreFacts } from '../checkout/store-facts.ts';
import { stopFollowUps } from '../follow-up/plan.ts';
import { applyOrderChange, statusLabel } from '../order/change.ts';
import { findOrder } from '../order/load.ts';
import { releaseVouchers, restock } from '../order/release.ts';
import { bookStoredOrder, recordBooking } from '../shipping/booking.ts';
import type { RiskHold } from './assess.ts';

// A risky COD order held by the form's policy waits in `awaiting_confirmation`: nothing is booked
// with the courier. The buyer gets a WhatsApp message with a confirm and a cancel link (a signed
// token that expires with the window). Confirming books it exactly as a normal COD checkout does;
// canceling, or letting the window run out, cancels it and gives back stock and voucher uses.
// Under the `down_payment` policy the order records the amount asked (`downPayment`) and the
// message asks for that transfer instead: the buyer's link cannot confirm it, the seller's
// Confirm Down Payment does (down-payment.ts); cancel and timeout are the same.
// A buyer known not to be on WhatsApp could never get that message: their hold waits for the
// seller to call them (`confirmByPhone`), with no message and no window; the seller confirms it
// (confirmHeldForBuyer) or cancels it as any order.
// Every move goes through applyOrderChange, so two clicks (or a click and the timeout) cannot both win.

type HoldDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger' | 'tokens' | 'jobs'> &
  Partial<Pick<AppDeps, 'publicUrl'>>;

export const holdTimeoutJob = 'risk.hold-timeout';

/** When an order held now must be confirmed by. */
export function confirmDueAt(now: Date, confirmHours: number): Date {
  return new Date(now.getTime() + confirmHours * 3_600_000);
}

/**
 * The columns a risk hold sets on its order when it starts (`now`): the window to confirm or pay
 * in (none for a phone confirmation: the seller decides, nothing cancels it by itself), the down
 * payment asked, and whether the seller confirms by phone; null and false without a hold.
 */
export function holdColumns(hold: RiskHold | null, policy: RiskPolicy, now: Date) {
  const byPhone = hold?.kind === 'confirm' && hold.by === 'phone';
  return {
    confirmDueAt: hold && !byPhone ? confirmDueAt(now, policy.confirmHours) : null,
    downPayment: hold?.kind === 'down_payment' ? hold.amount : null,
    confirmByPhone: byPhone,
  };
}

/** The page a hold link opens (it asks before it changes anything: link previews open links too). */
export function holdLink(
  deps: Partial<Pick<AppDeps, 'publicUrl'>>,
  token: string,
  action: 'confirm' | 'cancel' | 'pay',
) {
  return `${deps.publicUrl ?? ''}/order/held/${token}?action=${action}`;
}

/**
 * After a held order is written: the buyer's WhatsApp message and the timeout job. A messaging
 * outage is logged, not thrown: the order is placed, the seller sees it held, and the timeout
 * still ends it. A phone confirmation starts neither: the seller calls the buyer.
 */
export async function startHold(
  deps: HoldDeps,
  order: Pick<
    Order,
    | 'id'
    | 'invoice'
    | 'buyerName'
    | 'buyerPhone'
    | 'total'
    | 'storeId'
    | 'confirmDueAt'
    | 'downPayment'
    | 'confirmByPhone'
  >,
  /** The store's accounts, shown in a down payment's message (the checkout has them at hand). */
  bankAccounts: PayeeAccount[],
): Promise<void> {
  const until = order.confirmDueAt;
  if (order.confirmByPhone || !until) return;
  const { name: storeName } = await deps.db.store.findUniqueOrThrow({
    where: { id: order.storeId },
    select: { name: true },
  });
  const token = await signHoldToken(deps.tokens, order.id, deps.clock.now(), until);
  try {
    await deps.ports.messaging.send(
      order.downPayment === null
        ? confirmMessage(deps, order, storeName, token)
        : downPaymentMessage(deps, { ...order, downPayment: order.downPayment }, storeName, token, {
            bankAccounts,
            until,
          }),
    );
  } catch (error) {
    if (!(error instanceof MessagingUnavailableError)) throw error;
    deps.logger.warn({ invoice: order.invoice }, 'held order: confirmation not sent, WhatsApp down');
  }
  await enqueueSweptJob(
    deps,
    holdTimeoutJob,
    { orderId: order.id },
    { jobId: `hold:${order.id}`, delayMs: delayUntil(deps, until) },
  );
}

type HeldMessageOrder = Pick<Order, 'invoice' | 'buyerName' | 'buyerPhone' | 'total'>;

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

/** The hold's message: confirm or cancel this COD order. */
function confirmMessage(
  deps: Partial<Pick<AppDeps, 'publicUrl'>>,
  order: HeldMessageOrder,
  storeName: string,
  token: string,
) {
  const total = rupiah(order.total);
  return {
    to: order.buyerPhone,
    template: 'order_confirm_cod',
    language: 'id' as const,
    params: [order.buyerName, order.invoice, storeName, total, token],
    text:
      `Halo ${order.buyerName}, mohon konfirmasi pesanan COD ${order.invoice} di ${storeName} (${total}). ` +
      `Konfirmasi: ${holdLink(deps, token, 'confirm')}\nBatalkan: ${holdLink(deps, token, 'cancel')}\n` +
      'Pesanan yang tidak dikonfirmasi akan dibatalkan otomatis.',
  };
}

/** A store account a down payment may be sent to. */
export type PayeeAccount = Pick<StoreFacts['bankAccounts'][number], 'accountHolder' | 'accountNumber'> & {
  bank: { name: string };
};

export const accountLine = (a: PayeeAccount) => `${a.bank.name} ${a.accountNumber} a.n. ${a.accountHolder}`;

/** The down payment's message: the amount, where to send it, by when, and the page to pay or cancel. */
function downPaymentMessage(
  deps: Partial<Pick<AppDeps, 'publicUrl'>>,
  order: HeldMessageOrder & { downPayment: number },
  storeName: string,
  token: string,
  payee: { bankAccounts: PayeeAccount[]; until: Date },
) {
  const amount = rupiah(order.downPayment);
  const rest = rupiah(codAfterDownPayment(order.total, order.downPayment));
  const accounts = payee.bankAccounts.map(accountLine).join('\n');
  const until = formatDeadline(payee.until);
  return {
    to: order.buyerPhone,
    template: 'order_down_payment',
    language: 'id' as const,
    params: [order.buyerName, order.invoice, storeName, amount, rest, token],
    text:
      `Halo ${order.buyerName}, pesanan COD ${order.invoice} di ${storeName} (${rupiah(order.total)}) ` +
      `dikirim setelah uang muka ${amount} diterima; sisanya ${rest} dibayar ke kurir.\n` +
      `Transfer ke:\n${accounts || 'rekening yang diberikan penjual'}\n` +
      `Bayar sebelum ${until}. Petunjuk dan bukti transfer: ${holdLink(deps, token, 'pay')}\n` +
      `Batalkan: ${holdLink(deps, token, 'cancel')}\n` +
      'Pesanan tanpa uang muka akan dibatalkan otomatis.',
  };
}

/** The held order a token names; a forged, expired or unknown one is the buyer's 400. */
async function heldOrderOf(ctx: Pick<Context, 'db' | 'clock' | 'tokens'>, token: string): Promise<Order> {
  const orderId = await verifyHoldToken(ctx.tokens, token, ctx.clock.now());
  const order = orderId ? await ctx.db.order.findUnique({ where: { id: orderId } }) : null;
  if (!order) throw invalidField('token', 'This link is invalid or has expired');
  return order;
}

/**
 * The down payment page a held order's link opens: what to transfer, to which of the store's
 * accounts, by when, and whom to send the receipt to (the store's CS number, else its owner's).
 * The seller's Confirm Down Payment then books it.
 */
export async function heldDownPayment(
  ctx: Pick<Context, 'db' | 'clock' | 'tokens' | 'ports' | 'logger'>,
  token: string,
) {
  const order = await heldOrderOf(ctx, token);
  if (order.downPayment === null) throw invalidField('token', 'This link is invalid or has expired');
  const [store, facts] = await Promise.all([
    ctx.db.store.findUniqueOrThrow({ where: { id: order.storeId }, select: { name: true } }),
    cachedStoreFacts(ctx, order.storeId),
  ]);
  return {
    invoice: order.invoice,
    status: order.status,
    storeName: store.name,
    total: order.total,
    downPayment: order.downPayment,
    paid: order.downPaymentPaidAt !== null,
    dueAt: order.status === 'awaiting_confirmation' ? order.confirmDueAt : null,
    bankAccounts: facts.bankAccounts,
    contactPhone: facts.csPhone ?? facts.ownerPhone,
  };
}

const answer = (order: Pick<Order, 'invoice' | 'status'>, changed: boolean) => ({
  invoice: order.invoice,
  status: order.status,
  changed,
});

/**
 * Moves a held order (no down payment asked) to `booking` and books it with the courier, once:
 * answers false when the order moved on meanwhile or its window ended (a phone confirmation has
 * none). A courier outage leaves it in `booking` for the stranded-booking recovery
 * (order/booking-recovery.ts), as a checkout that crashed mid-way would.
 */
async function confirmHold(
  ctx: Pick<Context, 'db' | 'clock' | 'ports' | 'logger'> & { actor: { userId: string } | null },
  order: Order,
  type: 'buyer_confirmed' | 'seller_confirmed',
): Promise<boolean> {
  const confirmed = await applyOrderChange(ctx, order, {
    to: 'booking',
    type,
    data: { confirmDueAt: null },
    expect: {
      OR: [{ confirmDueAt: { gt: ctx.clock.now() } }, { confirmByPhone: true }],
      downPayment: null,
    },
  });
  if (!confirmed) return false;
  const booking = { ...order, status: 'booking' as const, confirmDueAt: null };
  try {
    await recordBooking(ctx, booking, await bookStoredOrder(ctx, booking));
  } catch (error) {
    if (!isProviderUnavailable(error)) throw error;
    ctx.logger.warn({ invoice: order.invoice }, 'confirmed order: courier down, the recovery books it');
  }
  return true;
}

/** The buyer confirms through the link: booked once, however often the link is followed. */
export async function confirmHeldOrder(
  ctx: Pick<Context, 'db' | 'clock' | 'ports' | 'logger' | 'tokens' | 'jobs'>,
  token: string,
) {
  const order = await heldOrderOf(ctx, token);
  if (order.status === 'canceled') throw conflict('This order was canceled', 'token');
  if (order.status !== 'awaiting_confirmation') return answer(order, false);
  if (order.downPayment !== null) {
    throw conflict('This order is sent once the seller receives its down payment', 'token');
  }
  if (!(await confirmHold({ ...ctx, actor: null }, order, 'buyer_confirmed'))) {
    const now = await ctx.db.order.findUniqueOrThrow({ where: { id: order.id } });
    if (now.status === 'canceled') throw conflict('This order was canceled', 'token');
    return answer(now, false);
  }
  const after = await ctx.db.order.findUniqueOrThrow({ where: { id: order.id } });
  return answer(after, true);
}

/**
 * The seller confirms for the buyer (who said yes by phone, say; the only way for a phone
 * confirmation hold): the same move and booking as the buyer's link. An order waiting for a down
 * payment has Confirm Down Payment instead; a second confirm, or one after the buyer or the
 * timeout ended the hold, is a 409.
 */
export async function confirmHeldForBuyer(
  ctx: Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'>,
  input: { invoice: string },
): Promise<void> {
  const order = await findOrder(ctx, input.invoice);
  if (order.status !== 'awaiting_confirmation') {
    throw conflict(`This order is ${statusLabel(order.status)}, not waiting for confirmation`, 'status');
  }
  if (order.downPayment !== null) {
    throw conflict('This order waits for its down payment; confirm the down payment instead', 'status');
  }
  if (!(await confirmHold(ctx, order, 'seller_confirmed'))) {
    throw conflict('This order changed meanwhile; reload it', 'status');
  }
}

/** Cancels a held order (the buyer's cancel link, or the timeout): stock and voucher uses come back. */
function cancelHeld(
  deps: Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>,
  order: Order,
  type: 'buyer_canceled' | 'confirmation_expired',
  reason: string,
) {
  const now = deps.clock.now();
  return applyOrderChange({ ...deps, actor: null }, order, {
    to: 'canceled',
    type,
    data: { canceledAt: now, cancelReason: reason, confirmDueAt: null },
    also: async (tx) => {
      await restock(tx, order, 'sale_canceled', null);
      await releaseVouchers(tx, order);
      await stopFollowUps(tx, order.id);
    },
  });
}

/** The buyer cancels through the link: once; a confirmed order is no longer theirs to cancel here. */
export async function cancelHeldOrder(
  ctx: Pick<Context, 'db' | 'clock' | 'ports' | 'logger' | 'tokens'>,
  token: string,
) {
  const order = await heldOrderOf(ctx, token);
  if (order.status === 'canceled') return answer(order, false);
  if (order.status !== 'awaiting_confirmation') {
    throw conflict('This order is already confirmed; contact the seller to cancel it', 'token');
  }
  const canceled = await cancelHeld(ctx, order, 'buyer_canceled', 'Canceled by the buyer');
  const after = await ctx.db.order.findUniqueOrThrow({ where: { id: order.id } });
  if (!canceled && after.status !== 'canceled') {
    throw conflict('This order is already confirmed; contact the seller to cancel it', 'token');
  }
  return answer(after, canceled);
}

/** Cancels a held order past its window; answers whether it did (a confirmation meanwhile wins). */
export async function expireHeldOrder(
  deps: Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>,
  orderId: string,
) {
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  const now = deps.clock.now();
  if (order?.status !== 'awaiting_confirmation' || !order.confirmDueAt || order.confirmDueAt > now)
    return false;
  const reason =
    order.downPayment === null ? 'Not confirmed by the buyer in time' : 'Down payment not received in time';
  return cancelHeld(deps, order, 'confirmation_expired', reason);
}

/** Every held order past its window (served by the (status, confirmDueAt) index). */
export async function expireOverdueHolds(
  deps: Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>,
  batch = 200,
) {
  const overdue = await deps.db.order.findMany({
    where: { status: 'awaiting_confirmation', confirmDueAt: { lte: deps.clock.now() } },
    orderBy: { confirmDueAt: 'asc' },
    select: { id: true },
    take: batch,
  });
  let expired = 0;
  for (const { id } of overdue) if (await expireHeldOrder(deps, id)) expired += 1;
  return expired;
}

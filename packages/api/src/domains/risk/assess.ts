import { downPaymentOf, type RiskPolicy } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import type { Columns } from '../../lib/sql-columns.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';
import { invoiceOf } from '../checkout/invoice.ts';
import { whatsappCheckTtlMs } from '../checkout/whatsapp.ts';
import { districtTally, isRiskBaseline } from './baseline.ts';
import { type RiskFactsRow, riskFactsSql, type StoreRiskBaseline } from './risk.sql.ts';
import { jakartaHour, type RiskAssessment, type RiskFeatures } from './score.ts';

// The checkout's one hook into COD risk: read the facts (one statement; the store's baseline from
// the cache when it is there, baseline.ts), score them, and decide whether the order waits for the
// buyer's confirmation. Everything else about risk stays here.

/** A median from fewer orders than this says little about the store's usual basket. */
const minMedianOrders = 10;

export interface RiskOrder {
  storeId: string;
  phone: string;
  regionId: number;
  total: number;
  address: string;
  /** What the checkout learnt of the number just now (null: it did not ask). */
  whatsappValid: boolean | null;
}

/** The features of an order about to be placed, from the store's history (all of it read now). */
export async function loadRiskFeatures(
  ctx: Pick<Context, 'db' | 'clock'>,
  order: RiskOrder,
): Promise<RiskFeatures> {
  return (await readRisk(ctx, order, { allocateInvoice: false, baseline: undefined })).features;
}

/**
 * One statement: the facts (and, for the checkout, the next invoice number and `alsoSelect`), and
 * the store's baseline unless `baseline` is already known (risk/baseline.ts).
 */
async function readRisk<Also extends object>(
  ctx: Pick<Context, 'db' | 'clock'>,
  order: RiskOrder,
  options: { allocateInvoice: boolean; baseline: StoreRiskBaseline | undefined; alsoSelect?: Columns<Also> },
) {
  const now = ctx.clock.now();
  const [facts] = await ctx.db.$queryRaw<Array<RiskFactsRow & Also>>(
    riskFactsSql({
      storeId: order.storeId,
      phone: order.phone,
      regionId: order.regionId,
      now,
      whatsappSince: new Date(now.getTime() - whatsappCheckTtlMs),
      baseline: options.baseline === undefined,
      allocateInvoice: options.allocateInvoice,
      alsoSelect: options.alsoSelect,
    }),
  );
  if (!facts) throw new Error('risk facts: the statement answers one row');
  const baseline = options.baseline ?? facts.baseline;
  if (!baseline) throw new Error('risk facts: the statement answers the baseline it was asked for');
  return {
    features: featuresOf(facts, baseline, order, now),
    invoiceNumber: facts.invoiceNumber,
    row: facts,
    baseline,
  };
}

/** How the score reads what is known of the number's WhatsApp (null: not known). */
export function whatsappStanding(valid: boolean | null): RiskFeatures['whatsapp'] {
  return valid === null ? 'unknown' : valid ? 'valid' : 'invalid';
}

function featuresOf(
  facts: RiskFactsRow,
  baseline: StoreRiskBaseline,
  order: RiskOrder,
  now: Date,
): RiskFeatures {
  const whatsappValid = order.whatsappValid ?? facts.whatsappValid;
  return {
    past: { delivered: facts.delivered, returned: facts.returned, canceled: facts.canceled },
    pastOrders: facts.pastOrders,
    district: districtTally(baseline, facts.districtId),
    storeMedianTotal:
      baseline.medianOrders >= minMedianOrders && baseline.medianTotal !== null
        ? Number(baseline.medianTotal)
        : null,
    total: order.total,
    hourJakarta: jakartaHour(now),
    address: order.address,
    whatsapp: whatsappStanding(whatsappValid),
    recent: { lastHour: facts.lastHour, lastDay: facts.lastDay },
  };
}

/**
 * Reads an order's risk features and takes its invoice number in the same statement (the checkout
 * needs both and every round trip on its path counts; statement-counts.test.ts). The checkout
 * scores them (`scoreRisk`) once it knows the number's WhatsApp standing: the cached answer comes
 * in `row`, and an uncached number is asked of the provider after (checkout/whatsapp.ts
 * `buyerOnWhatsapp`), so the first order from a number without WhatsApp is scored as such.
 */
export async function assessRiskTakingInvoice<Also extends object = Record<never, never>>(
  ctx: Pick<Context, 'db' | 'clock' | 'ports'> & Partial<Pick<Context, 'logger'>>,
  order: RiskOrder,
  /** More columns for the checkout, read in the same round trip; answered, typed, in `row`. */
  alsoSelect?: Columns<Also>,
): Promise<{
  features: RiskFeatures;
  invoice: string;
  row: RiskFactsRow & Also;
}> {
  // On a miss, the one statement reads the baseline too and is the read; on a hit, it runs without.
  let read: Awaited<ReturnType<typeof readRisk<Also>>> | undefined;
  const baseline = await readThrough(
    ctx,
    cacheKeys.riskBaseline(order.storeId),
    cacheTtl.riskBaseline,
    async () => {
      read = await readRisk(ctx, order, { allocateInvoice: true, baseline: undefined, alsoSelect });
      return read.baseline;
    },
    undefined,
    isRiskBaseline,
  );
  read ??= await readRisk(ctx, order, { allocateInvoice: true, baseline, alsoSelect });
  const { features, invoiceNumber, row } = read;
  if (invoiceNumber === null) throw new Error('invoice counter did not answer');
  return { features, invoice: invoiceOf(invoiceNumber), row };
}

/**
 * How a risky COD order waits: for a confirmation (by the buyer on WhatsApp, or by the seller
 * calling a buyer whose number is not on WhatsApp), or for a transfer down payment.
 */
export type RiskHold =
  | { kind: 'confirm'; by: 'whatsapp' | 'phone' }
  | { kind: 'down_payment'; amount: number };

/** What a hold needs to know of the order: how it is paid, who placed it, its total, its buyer's WhatsApp. */
export interface HoldOrder {
  paymentMethod: string;
  byStaff: boolean;
  total: number;
  /** Whether the buyer's number has WhatsApp (checkout/whatsapp.ts `buyerOnWhatsapp`); null: not known. */
  onWhatsapp: boolean | null;
}

/**
 * Whether this order waits, and for what: the one place that decides it. Only COD orders (a
 * transfer already waits for its payment), only at or above the form's threshold, and never an
 * order a store's own CS entered for a buyer (`byStaff`: they spoke to the buyer). A confirmation
 * asked of a buyer known not to be on WhatsApp is the seller's to get by phone: a WhatsApp message
 * could never reach them, and a window ending in a cancel would only lose the order.
 */
export function riskHoldOf(
  policy: RiskPolicy,
  risk: Pick<RiskAssessment, 'score'>,
  order: HoldOrder,
): RiskHold | null {
  if (policy.action === 'none' || order.paymentMethod !== 'cod' || order.byStaff) return null;
  if (risk.score < policy.threshold) return null;
  if (policy.action === 'down_payment') {
    return { kind: 'down_payment', amount: downPaymentOf(order.total, policy.downPaymentPercent) };
  }
  return { kind: 'confirm', by: order.onWhatsapp === false ? 'phone' : 'whatsapp' };
}

/** Where an order goes once the Order Shield lets it through, and the risk hold that puts it there. */
export interface PastShield {
  status: 'awaiting_confirmation' | 'booking' | 'unpaid';
  hold: RiskHold | null;
}

/**
 * The status an order takes when the shield does not hold it: the checkout's, and "Bukan spam"'s
 * for an order it held (shield/hold.ts), so a released order meets the form's COD risk policy
 * exactly as it would have at checkout. A risk hold first, else COD to the courier booking, else
 * waiting for payment.
 */
export function pastShield(
  policy: RiskPolicy,
  risk: Pick<RiskAssessment, 'score'>,
  order: HoldOrder,
): PastShield {
  const hold = riskHoldOf(policy, risk, order);
  if (hold) return { status: 'awaiting_confirmation', hold };
  return { status: order.paymentMethod === 'cod' ? 'booking' : 'unpaid', hold: null };
}

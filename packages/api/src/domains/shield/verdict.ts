import {
  type CreateOrderInput,
  type ShieldReason,
  type ShieldRules,
  shieldHoldHours,
} from '@bosonline/contracts';
import type { WhatsappCheck } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { lookUpWhatsapp } from '../checkout/whatsapp.ts';
import { shieldReasons } from './rules.ts';
import type { BuyerFactColumns, BuyerFactsInput } from './shield.sql.ts';

// The checkout's one call into the Order Shield: whether this order is held, and why.

type VerdictCtx = Pick<Context, 'db' | 'clock' | 'ports' | 'req' | 'logger'>;

/** Who places the order through `POST /order/{id}`: a buyer on a form, or a seller's CS by hand. */
export type OrderPlacer = { kind: 'buyer' } | { kind: 'seller'; userId: string };

/**
 * Whether the shield judges an order at all: only buyers' checkouts. An order a store member
 * enters for a buyer (manual orders by CS) is the store's own word and is never held.
 */
export function shieldApplies(placer: OrderPlacer): boolean {
  return placer.kind === 'buyer';
}

export interface ShieldVerdict {
  /** Empty: the order goes on as usual. */
  reasons: ShieldReason[];
  /** When a held order is canceled unless released; null when not held. */
  heldUntil: Date | null;
  /** What the order records of who placed it. */
  buyerIp: string | null;
  deviceId: string | null;
  /**
   * The provider's answer for a number it was asked about just now, for the WhatsApp cache: the
   * checkout writes it with the order's rows (checkout/insert-order.ts), not in a statement of its own.
   */
  whatsappCheck: WhatsappCheck | null;
}

const hourMs = 3_600_000;

/** What the shield knows of a buyer: `buyerFactColumns`, and the cached WhatsApp answer. */
export interface BuyerFactsRow extends BuyerFactColumns {
  whatsappValid: boolean | null;
}

/** The buyer facts' inputs for this checkout (shield.sql.ts `buyerFactColumns`). */
export function buyerFactsInput(
  ctx: Pick<VerdictCtx, 'req'>,
  storeId: string,
  input: CreateOrderInput,
): BuyerFactsInput {
  return {
    storeId,
    phone: input.receiver.receiverPhone,
    ip: ctx.req.ip,
    deviceId: input.deviceId ?? null,
    // Orders are stamped with the wall clock (checkout/create-order.ts), so the hour is too.
    since: new Date(Date.now() - hourMs),
  };
}

/**
 * Is the number on WhatsApp? The cached answer when there is one (read with the buyer's facts),
 * else the provider's, with the cache row it makes (`check`). `valid` null when the rule is off or
 * the answer is not known.
 */
async function whatsappValid(
  ctx: VerdictCtx,
  rules: ShieldRules,
  input: CreateOrderInput,
  cached: boolean | null,
): Promise<{ valid: boolean | null; check: WhatsappCheck | null }> {
  // With `waValidation` the checkout has already refused an invalid number (the buyer can fix a typo).
  if (!rules.enabled || !rules.holdInvalidWhatsapp || input.items.waValidation) {
    return { valid: null, check: null };
  }
  if (cached !== null) return { valid: cached, check: null };
  try {
    const { answer, check } = await lookUpWhatsapp(ctx, input.receiver.receiverPhone);
    return { valid: answer.checked ? answer.valid : null, check };
  } catch (error) {
    // The provider is down: the buyer is not held for our outage.
    ctx.logger.warn({ err: error }, 'order shield: WhatsApp check unavailable');
    return { valid: null, check: null };
  }
}

/**
 * Judges an order about to be written: the form's rules and the store's block lists. A seller's
 * manual order is never judged (`shieldApplies`). `facts` (the buyer's recent orders, block list
 * matches and cached WhatsApp answer) are read by the checkout in its risk statement
 * (`buyerFactColumns`). Only a number never checked (or checked over a week ago) is asked of the
 * provider; its answer comes back in `whatsappCheck` for the checkout to cache.
 */
export async function shieldVerdict(
  ctx: VerdictCtx,
  form: { storeId: string; shield: ShieldRules },
  input: CreateOrderInput,
  placer: OrderPlacer,
  facts: BuyerFactsRow,
): Promise<ShieldVerdict> {
  const buyerIp = ctx.req.ip;
  const deviceId = input.deviceId ?? null;
  if (!shieldApplies(placer)) {
    return { reasons: [], heldUntil: null, buyerIp, deviceId, whatsappCheck: null };
  }
  const whatsapp = await whatsappValid(ctx, form.shield, input, facts.whatsappValid ?? null);
  const reasons = shieldReasons(form.shield, {
    name: input.receiver.receiverName,
    address: input.receiver.receiverAddress,
    note: input.items.note ?? null,
    phoneOrders: facts.phoneOrders,
    ipOrders: buyerIp ? facts.ipOrders : 0,
    whatsappValid: whatsapp.valid,
    blocked: facts.blocked,
  });
  const heldUntil = reasons.length ? new Date(ctx.clock.now().getTime() + shieldHoldHours * hourMs) : null;
  return { reasons, heldUntil, buyerIp, deviceId, whatsappCheck: whatsapp.check };
}

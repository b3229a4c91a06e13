import {
  type CreateOrderInput,
  type ShieldBlockKind,
  type ShieldReason,
  type ShieldRules,
  shieldHoldHours,
} from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { askWhatsapp } from '../checkout/whatsapp.ts';
import { shieldReasons } from './rules.ts';
import type { BuyerFactsInput } from './shield.sql.ts';

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
}

const hourMs = 3_600_000;

export interface BuyerFactsRow {
  phoneOrders: number;
  ipOrders: number;
  blocked: ShieldBlockKind[];
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
 * else the provider's. null when the rule is off or the answer is not known.
 */
async function whatsappValid(
  ctx: VerdictCtx,
  rules: ShieldRules,
  input: CreateOrderInput,
  cached: boolean | null,
): Promise<boolean | null> {
  // With `waValidation` the checkout has already refused an invalid number (the buyer can fix a typo).
  if (!rules.enabled || !rules.holdInvalidWhatsapp || input.items.waValidation) return null;
  if (cached !== null) return cached;
  try {
    const answer = await askWhatsapp(ctx, input.receiver.receiverPhone);
    return answer.checked ? answer.valid : null;
  } catch (error) {
    // The provider is down: the buyer is not held for our outage.
    ctx.logger.warn({ err: error }, 'order shield: WhatsApp check unavailable');
    return null;
  }
}

/**
 * Judges an order about to be written: the form's rules and the store's block lists. A seller's
 * manual order is never judged (`shieldApplies`). `facts` (the buyer's recent orders, block list
 * matches and cached WhatsApp answer) are read by the checkout in its risk statement
 * (`buyerFactColumns`). Only a number never checked (or checked over a week ago) is asked of the
 * provider.
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
  if (!shieldApplies(placer)) return { reasons: [], heldUntil: null, buyerIp, deviceId };
  const valid = await whatsappValid(ctx, form.shield, input, facts.whatsappValid ?? null);
  const reasons = shieldReasons(form.shield, {
    name: input.receiver.receiverName,
    address: input.receiver.receiverAddress,
    note: input.items.note ?? null,
    phoneOrders: facts.phoneOrders,
    ipOrders: buyerIp ? facts.ipOrders : 0,
    whatsappValid: valid,
    blocked: facts.blocked,
  });
  const heldUntil = reasons.length ? new Date(ctx.clock.now().getTime() + shieldHoldHours * hourMs) : null;
  return { reasons, heldUntil, buyerIp, deviceId };
}

import {
  type CreateOrderInput,
  type ShieldReason,
  type ShieldRules,
  shieldHoldHours,
} from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { shieldReasons, velocityCaps } from './rules.ts';
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
}

const hourMs = 3_600_000;

/**
 * What the shield knows of a buyer: `buyerFactColumns`, and whether the number has WhatsApp (the
 * checkout's one answer, checkout/whatsapp.ts `buyerOnWhatsapp`; null: not known).
 */
export interface BuyerFactsRow extends BuyerFactColumns {
  whatsappValid: boolean | null;
}

/** The buyer facts' inputs for this checkout (shield.sql.ts `buyerFactColumns`). */
export function buyerFactsInput(
  ctx: Pick<VerdictCtx, 'req'>,
  form: { storeId: string; shield: ShieldRules },
  input: CreateOrderInput,
): BuyerFactsInput {
  return {
    storeId: form.storeId,
    phone: input.receiver.receiverPhone,
    ip: ctx.req.ip,
    deviceId: input.deviceId ?? null,
    // Orders are stamped with the wall clock (checkout/create-order.ts), so the hour is too.
    since: new Date(Date.now() - hourMs),
    countUpTo: velocityCaps(form.shield),
  };
}

/** Whether the WhatsApp rule sees the number: with `waValidation` the checkout already refused an invalid one. */
function whatsappSeen(rules: ShieldRules, input: CreateOrderInput, valid: boolean | null): boolean | null {
  return rules.enabled && rules.holdInvalidWhatsapp && !input.items.waValidation ? valid : null;
}

/**
 * Judges an order about to be written: the form's rules and the store's block lists. A seller's
 * manual order is never judged (`shieldApplies`). `facts` (the buyer's recent orders and block
 * list matches) are read by the checkout in its risk statement (`buyerFactColumns`); whether the
 * number has WhatsApp is the checkout's one answer (checkout/whatsapp.ts `buyerOnWhatsapp`), which
 * the COD risk score reads too.
 */
export function shieldVerdict(
  ctx: VerdictCtx,
  form: { storeId: string; shield: ShieldRules },
  input: CreateOrderInput,
  placer: OrderPlacer,
  facts: BuyerFactsRow,
): ShieldVerdict {
  const buyerIp = ctx.req.ip;
  const deviceId = input.deviceId ?? null;
  if (!shieldApplies(placer)) {
    return { reasons: [], heldUntil: null, buyerIp, deviceId };
  }
  const reasons = shieldReasons(form.shield, {
    name: input.receiver.receiverName,
    address: input.receiver.receiverAddress,
    note: input.items.note ?? null,
    phoneOrders: facts.phoneOrders,
    ipOrders: buyerIp ? facts.ipOrders : 0,
    whatsappValid: whatsappSeen(form.shield, input, facts.whatsappValid),
    blocked: facts.blocked,
  });
  const heldUntil = reasons.length ? new Date(ctx.clock.now().getTime() + shieldHoldHours * hourMs) : null;
  return { reasons, heldUntil, buyerIp, deviceId };
}

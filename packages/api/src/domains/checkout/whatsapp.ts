import type { validateWhatsappInput } from '@bosonline/contracts';
import type { WhatsappCheck } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { serviceUnavailable } from '../../lib/errors.ts';
import { MessagingUnavailableError, type NumberCheck } from '../../ports/index.ts';
import { publishedForm } from './public.ts';

/** How long an answer of the provider is trusted: numbers rarely gain or lose WhatsApp. */
export const whatsappCheckTtlMs = 7 * 24 * 3_600_000;

/**
 * "Validation Number WA" (`GET /order/validation-wa?phone=`): whether the number has WhatsApp.
 * Answers from the shared cache while it is younger than 7 days, else asks the messaging provider
 * and stores its answer. Provider down: 503, and nothing is cached. A provider without a look-up
 * (WhatsApp Cloud) answers `checked: false`; that is not a fact to cache, so the next ask finds
 * a bounce the status webhook may have recorded meanwhile.
 */
export async function validateWhatsapp(
  ctx: Pick<Context, 'db' | 'ports' | 'clock'>,
  input: z.output<typeof validateWhatsappInput>,
): Promise<{ phone: string; valid: boolean; checked: boolean }> {
  if (input.formId) await publishedForm(ctx, input.formId, []);
  const { answer, check } = await checkWhatsapp(ctx, input.phone);
  if (check) await cacheWhatsappCheck(ctx, check);
  return answer;
}

/**
 * The validation without its write: the cached answer while it is younger than 7 days, else the
 * provider's with the cache row it makes (`check`, for the caller to write: the checkout writes a
 * valid number's with the order's rows).
 */
export async function checkWhatsapp(
  ctx: Pick<Context, 'db' | 'ports' | 'clock'>,
  phone: string,
): Promise<{ answer: { phone: string; valid: boolean; checked: boolean }; check: WhatsappCheck | null }> {
  const cached = await cachedOnWhatsapp(ctx, phone);
  if (cached !== null) return { answer: { phone, valid: cached, checked: true }, check: null };
  return lookUpWhatsapp(ctx, phone);
}

/**
 * Asks the messaging provider whether the number has WhatsApp (the part of the validation after
 * a cache miss), and answers the cache row a checked answer makes (`check`; null when the
 * provider cannot look numbers up). Writing it is the caller's: the checkout writes it with the
 * order's rows (checkout/insert-order.ts), in the statement it sends anyway.
 */
export async function lookUpWhatsapp(
  ctx: Pick<Context, 'ports' | 'clock'>,
  phone: string,
): Promise<{ answer: { phone: string; valid: boolean; checked: boolean }; check: WhatsappCheck | null }> {
  const checkedAt = ctx.clock.now();
  let answer: NumberCheck;
  try {
    answer = await ctx.ports.messaging.validateNumber(phone);
  } catch (error) {
    if (error instanceof MessagingUnavailableError) {
      throw serviceUnavailable('WhatsApp number validation is unavailable; please try again in a moment');
    }
    throw error;
  }
  const { valid, checked } = answer;
  return { answer: { phone, valid, checked }, check: checked ? { phone, valid, checkedAt } : null };
}

/**
 * What a checkout learnt of the buyer's number before the shield and the score judge it: whether
 * it has WhatsApp (null: the provider could not tell), with the cache row a provider's answer
 * makes (`check`, written with the order's rows).
 */
export interface WhatsappAnswer {
  valid: boolean | null;
  check: WhatsappCheck | null;
}

/**
 * The checkout's one answer on whether the buyer's number has WhatsApp, for the Order Shield, the
 * COD risk score and the risk hold alike: what is already `known` on this checkout (the buyer's
 * own validation, even when the provider could not tell: it is asked at most once per checkout;
 * or the cache read in the risk statement), else the provider's. Asked on the first order from a
 * number, so that order is judged too. `valid` null when not known: a provider without a look-up,
 * or one that is down (the buyer is not held for our outage).
 */
export async function buyerOnWhatsapp(
  ctx: Pick<Context, 'ports' | 'clock' | 'logger'>,
  phone: string,
  known: WhatsappAnswer | null,
): Promise<WhatsappAnswer> {
  if (known) return known;
  try {
    const { answer, check } = await lookUpWhatsapp(ctx, phone);
    return { valid: answer.checked ? answer.valid : null, check };
  } catch (error) {
    ctx.logger.warn({ err: error }, 'checkout: WhatsApp check unavailable');
    return { valid: null, check: null };
  }
}

/**
 * Whether the number has WhatsApp as the cache knows it now (an answer younger than 7 days: the
 * one a checkout got and wrote with its order, or a bounce the status webhook recorded since);
 * null when it does not know. "Bukan spam" reads it for the risk hold of a released order.
 */
export async function cachedOnWhatsapp(
  ctx: Pick<Context, 'db' | 'clock'>,
  phone: string,
): Promise<boolean | null> {
  const cached = await ctx.db.whatsappCheck.findUnique({ where: { phone } });
  if (!cached || ctx.clock.now().getTime() - cached.checkedAt.getTime() >= whatsappCheckTtlMs) return null;
  return cached.valid;
}

/** Stores a provider's answer in the shared cache (its own statement). */
export async function cacheWhatsappCheck(ctx: Pick<Context, 'db'>, check: WhatsappCheck): Promise<void> {
  const { phone, valid, checkedAt } = check;
  await ctx.db.whatsappCheck.upsert({
    where: { phone },
    create: { phone, valid, checkedAt },
    update: { valid, checkedAt },
  });
}

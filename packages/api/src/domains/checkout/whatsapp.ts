import type { validateWhatsappInput } from '@bosonline/contracts';
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
  const { phone } = input;
  const now = ctx.clock.now();
  const cached = await ctx.db.whatsappCheck.findUnique({ where: { phone } });
  if (cached && now.getTime() - cached.checkedAt.getTime() < whatsappCheckTtlMs) {
    return { phone, valid: cached.valid, checked: true };
  }
  return askWhatsapp(ctx, phone);
}

/**
 * Asks the messaging provider whether the number has WhatsApp and caches a checked answer (the
 * part of the validation after a cache miss; the Order Shield reads the cache in its own statement).
 */
export async function askWhatsapp(
  ctx: Pick<Context, 'db' | 'ports' | 'clock'>,
  phone: string,
): Promise<{ phone: string; valid: boolean; checked: boolean }> {
  const now = ctx.clock.now();
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
  if (!checked) return { phone, valid, checked };
  await ctx.db.whatsappCheck.upsert({
    where: { phone },
    create: { phone, valid, checkedAt: now },
    update: { valid, checkedAt: now },
  });
  return { phone, valid, checked };
}

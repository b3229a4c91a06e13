import type { validateWhatsappInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { serviceUnavailable } from '../../lib/errors.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';
import { publishedForm } from './public.ts';

/** How long an answer of the provider is trusted: numbers rarely gain or lose WhatsApp. */
export const whatsappCheckTtlMs = 7 * 24 * 3_600_000;

/**
 * "Validation Number WA" (`GET /order/validation-wa?phone=`): whether the number has WhatsApp.
 * Answers from the shared cache while it is younger than 7 days, else asks the messaging provider
 * and stores its answer. Provider down: 503, and nothing is cached.
 */
export async function validateWhatsapp(
  ctx: Pick<Context, 'db' | 'ports' | 'clock'>,
  input: z.output<typeof validateWhatsappInput>,
): Promise<{ phone: string; valid: boolean }> {
  if (input.formId) await publishedForm(ctx, input.formId, []);
  const { phone } = input;
  const now = ctx.clock.now();
  const cached = await ctx.db.whatsappCheck.findUnique({ where: { phone } });
  if (cached && now.getTime() - cached.checkedAt.getTime() < whatsappCheckTtlMs) {
    return { phone, valid: cached.valid };
  }
  let valid: boolean;
  try {
    ({ valid } = await ctx.ports.messaging.validateNumber(phone));
  } catch (error) {
    if (error instanceof MessagingUnavailableError) {
      throw serviceUnavailable('WhatsApp number validation is unavailable; please try again in a moment');
    }
    throw error;
  }
  await ctx.db.whatsappCheck.upsert({
    where: { phone },
    create: { phone, valid, checkedAt: now },
    update: { valid, checkedAt: now },
  });
  return { phone, valid };
}

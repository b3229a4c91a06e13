import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { looksLikeUuid } from '../../lib/ids.ts';
import { publicProcedure } from '../../trpc.ts';
import { loadPublishedForm, type PublishedForm } from '../form/published.ts';

// Plumbing shared by every public checkout procedure: its rate limits and the form it names.

/** The form a checkout call is about: `formId`, or `id` as `POST /order/{id}` names it. */
function formIdOf(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const { formId, id } = raw as { formId?: unknown; id?: unknown };
  const value = typeof formId === 'string' ? formId : typeof id === 'string' ? id : null;
  const trimmed = value?.trim().toLowerCase();
  return trimmed && looksLikeUuid(trimmed) ? trimmed : null;
}

/**
 * A public checkout procedure: buyers are anonymous, so every call spends from two budgets, the
 * caller's address (`checkoutPerIp`) and the form it targets (`checkoutPerForm`, which also holds
 * when a flood comes from many addresses). Counted on the raw input, before validation, so junk
 * requests cost the same as good ones.
 */
export const checkoutProcedure = publicProcedure.use(async ({ ctx, getRawInput, next }) => {
  await ctx.rateLimits.consume('checkoutPerIp', ctx.req.ip ?? 'unknown');
  const formId = formIdOf(await getRawInput());
  if (formId) await ctx.rateLimits.consume('checkoutPerForm', formId);
  return next();
});

/**
 * The published form a checkout call names, or 404 'Form' (unknown, inactive or deleted alike).
 * `skus` limits the items loaded to a cart's; `[]` loads none, for calls that need only settings.
 */
export async function publishedForm(
  ctx: Pick<Context, 'db'>,
  formId: string,
  skus?: string[],
): Promise<PublishedForm> {
  const form = await loadPublishedForm(ctx.db, formId, skus);
  if (!form) throw notFound('Form');
  return form;
}

import {
  type CheckoutVoucherView,
  type VoucherState,
  type VoucherView,
  type voucherCheckoutInput,
  type voucherInput,
  type voucherListInput,
  voucherRuleIssues,
  type voucherUpdateInput,
} from '@bosonline/contracts';
import type { Prisma, Voucher } from '@bosonline/db';
import type { z } from 'zod';
import type { Context, SellerContext } from '../../context.ts';
import { badRequest, conflict, invalidField, notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { pick } from '../../lib/pick.ts';
import { isEligible, remainingOf, stateAt } from './pricing.ts';

function view(row: Voucher, now: Date): VoucherView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    valueType: row.valueType,
    value: row.value,
    maxDiscount: row.maxDiscount,
    minPurchase: row.minPurchase,
    quota: row.quota,
    used: row.used,
    remaining: remainingOf(row),
    perBuyerLimit: row.perBuyerLimit,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    listed: row.listed,
    state: stateAt(row, now),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function windowWhere(state: VoucherState, now: Date): Prisma.VoucherWhereInput {
  if (state === 'upcoming') return { startsAt: { gt: now } };
  if (state === 'ended') return { endsAt: { lte: now } };
  return { startsAt: { lte: now }, endsAt: { gt: now } };
}

export async function list(ctx: SellerContext, input: z.output<typeof voucherListInput>) {
  const { status, kind, state, q, ...page } = input;
  const now = ctx.clock.now();
  const rows = await ctx.db.voucher.findMany({
    where: {
      storeId: ctx.tenant.storeId,
      status,
      kind,
      ...(state ? windowWhere(state, now) : {}),
      ...(q
        ? {
            OR: [
              { code: { contains: q, mode: 'insensitive' } },
              { name: { contains: q, mode: 'insensitive' } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageArgs(page),
  });
  return toPage(rows, page, (row) => view(row, now));
}

async function owned(ctx: SellerContext, id: string): Promise<Voucher> {
  const row = await ctx.db.voucher.findFirst({ where: { id, storeId: ctx.tenant.storeId } });
  if (!row) throw notFound('Voucher');
  return row;
}

export async function detail(ctx: SellerContext, id: string) {
  return view(await owned(ctx, id), ctx.clock.now());
}

/** Buyers type codes in any case, so "HEMAT10" and "hemat10" are the same code in one store. */
async function assertCodeFree(ctx: SellerContext, codeKey: string, exceptId?: string) {
  const clash = await ctx.db.voucher.findFirst({
    where: { storeId: ctx.tenant.storeId, codeKey, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw conflict('This store already has a voucher with this code', 'code');
}

export async function create(ctx: SellerContext, input: z.output<typeof voucherInput>) {
  const codeKey = input.code.toUpperCase();
  await assertCodeFree(ctx, codeKey);
  const row = await ctx.db.voucher.create({ data: { ...input, codeKey, storeId: ctx.tenant.storeId } });
  return view(row, ctx.clock.now());
}

async function hasBeenUsed(ctx: SellerContext, row: Voucher): Promise<boolean> {
  if (row.used > 0) return true;
  return (await ctx.db.voucherRedemption.count({ where: { voucherId: row.id } })) > 0;
}

export async function update(ctx: SellerContext, input: z.output<typeof voucherUpdateInput>) {
  const { id, ...changes } = input;
  const current = await owned(ctx, id);
  const valueType = changes.valueType ?? current.valueType;
  const merged = {
    valueType,
    value: changes.value ?? current.value,
    // Switching to a fixed value drops a cap the seller did not mention; it would only be refused.
    maxDiscount:
      changes.maxDiscount !== undefined
        ? changes.maxDiscount
        : valueType === 'fixed'
          ? null
          : current.maxDiscount,
    startsAt: changes.startsAt ?? current.startsAt,
    endsAt: changes.endsAt ?? current.endsAt,
  };
  const issues = voucherRuleIssues(merged);
  const first = issues[0];
  if (first) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues)
      fieldErrors[issue.field] = [...(fieldErrors[issue.field] ?? []), issue.message];
    throw badRequest(`Invalid input: ${first.field}: ${first.message}`, fieldErrors);
  }

  // Orders already priced with this voucher must keep meaning what they meant.
  const termsChanged = (['kind', 'valueType', 'value'] as const).find(
    (field) => changes[field] !== undefined && changes[field] !== current[field],
  );
  if (termsChanged && (await hasBeenUsed(ctx, current))) {
    throw conflict(
      'The kind, value type and value of a voucher cannot change once it has been used; create a new voucher instead',
      termsChanged,
    );
  }
  if (changes.quota !== undefined && changes.quota !== null && changes.quota < current.used) {
    throw invalidField(
      'quota',
      `Quota cannot be lower than the ${current.used} times it has already been used`,
    );
  }

  const codeKey = changes.code?.toUpperCase();
  if (codeKey && codeKey !== current.codeKey) await assertCodeFree(ctx, codeKey, id);
  const row = await ctx.db.voucher.update({
    where: { id },
    data: { ...changes, maxDiscount: merged.maxDiscount, ...(codeKey ? { codeKey } : {}) },
  });
  return view(row, ctx.clock.now());
}

export async function setStatus(ctx: SellerContext, id: string, status: Voucher['status']) {
  await owned(ctx, id);
  const row = await ctx.db.voucher.update({ where: { id }, data: { status } });
  return view(row, ctx.clock.now());
}

/** Redemptions are the history of orders that used it; such a voucher is deactivated instead. */
export async function remove(ctx: SellerContext, id: string) {
  const row = await owned(ctx, id);
  if (await hasBeenUsed(ctx, row)) {
    throw conflict('This voucher has already been used and cannot be deleted; deactivate it instead');
  }
  await ctx.db.voucher.delete({ where: { id } });
}

type CheckoutCtx = Pick<Context, 'db' | 'clock' | 'rateLimits' | 'req'>;

/**
 * The vouchers a buyer may apply to this basket right now, best discount first. Public, so it
 * answers only with vouchers that apply: nothing about inactive, expired or used-up ones, and
 * nothing about private codes (`listed: false`), which apply only when a buyer types them.
 */
export async function listForCheckout(
  ctx: CheckoutCtx,
  input: z.output<typeof voucherCheckoutInput>,
): Promise<CheckoutVoucherView[]> {
  await ctx.rateLimits.consume('voucherCheckoutPerIp', ctx.req.ip ?? 'unknown');
  return checkoutOffers(ctx, input);
}

/** What `listForCheckout` answers, without its rate limit (the form checkout applies its own). */
export async function checkoutOffers(
  ctx: Pick<Context, 'db' | 'clock'>,
  input: z.output<typeof voucherCheckoutInput>,
): Promise<CheckoutVoucherView[]> {
  const now = ctx.clock.now();
  const rows = await ctx.db.voucher.findMany({
    where: {
      storeId: input.storeId,
      status: 'active',
      listed: true,
      startsAt: { lte: now },
      endsAt: { gt: now },
      minPurchase: { lte: input.subtotal },
    },
  });
  const limited = rows.filter((row) => row.perBuyerLimit !== null).map((row) => row.id);
  const uses = new Map<string, number>();
  if (input.buyerPhone && limited.length) {
    const counts = await ctx.db.voucherRedemption.groupBy({
      by: ['voucherId'],
      where: { storeId: input.storeId, buyerPhone: input.buyerPhone, voucherId: { in: limited } },
      _count: { _all: true },
    });
    for (const c of counts) uses.set(c.voucherId, c._count._all);
  }
  const basket = { subtotal: input.subtotal, shippingCost: input.shippingCost, now };
  const offers: CheckoutVoucherView[] = [];
  for (const row of rows) {
    const buyerUses = input.buyerPhone ? (uses.get(row.id) ?? 0) : null;
    const verdict = isEligible(row, { ...basket, buyerUses });
    if (!verdict.eligible) continue;
    offers.push({
      ...pick(row, [
        'id',
        'code',
        'name',
        'kind',
        'valueType',
        'value',
        'maxDiscount',
        'minPurchase',
        'endsAt',
      ]),
      discount: verdict.discount,
    });
  }
  return offers.sort((a, b) => b.discount - a.discount || a.code.localeCompare(b.code));
}

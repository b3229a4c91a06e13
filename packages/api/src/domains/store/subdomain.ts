import { reservedSubdomains, subdomainFormProblem } from '@bosonline/contracts';
import type { SellerContext } from '../../context.ts';
import { conflict, isUniqueViolation } from '../../lib/errors.ts';
import { get } from './service.ts';

const reserved = new Set(reservedSubdomains);

async function unavailableReason(ctx: SellerContext, slug: string): Promise<string | null> {
  const problem = subdomainFormProblem(slug);
  if (problem) return problem;
  if (reserved.has(slug)) return 'This subdomain is reserved';
  const holder = await ctx.db.store.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== ctx.tenant.storeId) return 'This subdomain is already taken';
  return null;
}

/** Answers while the seller types: never an error, just whether the slug can be had and why not. */
export async function check(ctx: SellerContext, slug: string) {
  const reason = await unavailableReason(ctx, slug);
  return { slug, available: reason === null, reason };
}

/** Sets (or changes) the subdomain; the unique index settles two stores racing for one name. */
export async function set(ctx: SellerContext, slug: string) {
  if (reserved.has(slug)) throw conflict('This subdomain is reserved', 'slug');
  const taken = () => conflict('This subdomain is already taken', 'slug');
  const holder = await ctx.db.store.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== ctx.tenant.storeId) throw taken();
  try {
    await ctx.db.store.update({ where: { id: ctx.tenant.storeId }, data: { slug } });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return get(ctx);
}

import { randomBytes } from 'node:crypto';
import { type StoreDomainView, subdomainHostname } from '@bosonline/contracts';
import type { StoreDomain } from '@bosonline/db';
import type { SellerContext, StoreScope } from '../../context.ts';
import { conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { notify } from '../notification/notify.ts';

/** A store needs only a few; the cap keeps abandoned attempts from piling up. */
const maxDomainsPerStore = 10;

function txtRecord(row: Pick<StoreDomain, 'hostname' | 'verificationToken'>) {
  return {
    type: 'TXT' as const,
    name: `_bosonline.${row.hostname}`,
    value: `bosonline-verify=${row.verificationToken}`,
  };
}

function view(row: StoreDomain): StoreDomainView {
  return {
    id: row.id,
    hostname: row.hostname,
    status: row.status,
    isDefault: row.isDefault,
    verifiedAt: row.verifiedAt,
    lastCheckedAt: row.lastCheckedAt,
    createdAt: row.createdAt,
    txtRecord: txtRecord(row),
  };
}

/** The subdomain and every custom domain of the store ("Subdomain" in the spec). */
export async function list(ctx: StoreScope) {
  const store = await ctx.db.store.findUnique({
    where: { id: ctx.tenant.storeId },
    select: { slug: true, domains: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  });
  if (!store) throw notFound('Store');
  const customDefault = store.domains.some((d) => d.isDefault);
  const hostname = store.slug ? subdomainHostname(store.slug) : null;
  return {
    subdomain:
      store.slug && hostname
        ? { slug: store.slug, hostname, url: `https://${hostname}`, isDefault: !customDefault }
        : null,
    domains: store.domains.map(view),
  };
}

async function owned(ctx: SellerContext, id: string): Promise<StoreDomain> {
  const row = await ctx.db.storeDomain.findFirst({ where: { id, storeId: ctx.tenant.storeId } });
  if (!row) throw notFound('Domain');
  return row;
}

/** Registers a domain as pending and hands back the TXT record that proves ownership. */
export async function add(ctx: SellerContext, hostname: string) {
  const storeId = ctx.tenant.storeId;
  const inUse = () => conflict('This domain is already registered with bosOnline', 'hostname');
  if (await ctx.db.storeDomain.findUnique({ where: { hostname }, select: { id: true } })) throw inUse();
  const count = await ctx.db.storeDomain.count({ where: { storeId } });
  if (count >= maxDomainsPerStore) {
    throw conflict(`A store can have at most ${maxDomainsPerStore} custom domains; remove one first`);
  }
  try {
    const row = await ctx.db.storeDomain.create({
      data: { storeId, hostname, verificationToken: randomBytes(18).toString('base64url') },
    });
    return view(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw inUse();
    throw error;
  }
}

/**
 * Looks the TXT record up. A missing or different record is an answer, not an error: the seller
 * sees what we expected and what DNS holds (records take a while to propagate).
 */
export async function verify(ctx: SellerContext, id: string) {
  const domain = await owned(ctx, id);
  const expected = txtRecord(domain);
  const found = await ctx.ports.dns.txt(expected.name);
  const now = ctx.clock.now();
  const matched = found.some((value) => value.trim() === expected.value);
  const row = await ctx.db.$transaction(async (tx) => {
    // Only the request that flips pending → verified announces it.
    const flipped = matched
      ? await tx.storeDomain.updateMany({
          where: { id, status: 'pending' },
          data: { status: 'verified', verifiedAt: now, lastCheckedAt: now },
        })
      : { count: 0 };
    if (flipped.count === 1) {
      await notify(tx, domain.storeId, {
        type: 'domain.verified',
        title: 'Domain verified',
        body: `${domain.hostname} is verified; you can now make it your store's default address.`,
        link: '/store/domain',
      });
    } else {
      await tx.storeDomain.update({ where: { id }, data: { lastCheckedAt: now } });
    }
    return tx.storeDomain.findUniqueOrThrow({ where: { id } });
  });
  const verified = row.status === 'verified';
  const message = verified
    ? `${row.hostname} is verified`
    : found.length === 0
      ? `No TXT record found at ${expected.name} yet; publish it at your DNS provider (changes can take up to an hour)`
      : `The TXT record at ${expected.name} does not hold the expected value`;
  return { verified, message, domain: view(row), expected, found };
}

/** Makes a verified custom domain, or the subdomain, the address buyers are sent to. */
export async function setDefault(ctx: SellerContext, target: { id?: string; subdomain?: boolean }) {
  const storeId = ctx.tenant.storeId;
  const domain = target.id ? await owned(ctx, target.id) : null;
  if (domain && domain.status !== 'verified') {
    throw conflict('Only a verified domain can be the default; verify it first', 'id');
  }
  await ctx.db.$transaction(async (tx) => {
    // Locking the store row first serialises concurrent switches, so exactly one default remains.
    const store = await tx.store.update({
      where: { id: storeId },
      data: { updatedAt: ctx.clock.now() },
      select: { slug: true },
    });
    if (!domain && !store.slug) throw conflict('Set a subdomain first', 'subdomain');
    await tx.storeDomain.updateMany({
      where: { storeId, isDefault: true, ...(domain ? { id: { not: domain.id } } : {}) },
      data: { isDefault: false },
    });
    if (domain) await tx.storeDomain.update({ where: { id: domain.id }, data: { isDefault: true } });
  });
  return list(ctx);
}

/** Removing the default domain sends buyers back to the subdomain. */
export async function remove(ctx: SellerContext, id: string) {
  await owned(ctx, id);
  await ctx.db.storeDomain.delete({ where: { id } });
}

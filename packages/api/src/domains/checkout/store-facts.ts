import { type SocialMedia, socialMediaSchema } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';
import { storeFactsSql } from './checkout.sql.ts';

/** Where a store's parcels leave from: its default warehouse. */
export interface ShipFrom {
  id: string;
  name: string;
  contactName: string;
  contactPhone: string;
  regionId: number;
  address: string;
}

/** What an order needs of its store besides the form: sender, payee accounts, contacts, CS team. */
export interface StoreFacts {
  csPhone: string | null;
  ownerPhone: string;
  socialMedia: SocialMedia;
  /** Active accounts, oldest first (the order buyers are shown them in). */
  bankAccounts: Array<{
    accountHolder: string;
    accountNumber: string;
    bank: { code: string; name: string; logoUrl: string | null };
  }>;
  /** Null when the store has no (undeleted) default warehouse. */
  warehouse: ShipFrom | null;
  /** Active CS members who may receive the order, with their rotation weight. */
  csMembers: Array<{ id: string; weight: number; phone: string }>;
}

type Row = Omit<StoreFacts, 'socialMedia'> & { socialMedia: unknown };

/**
 * The store's side of an order in one statement (the checkout's hot path counts round trips).
 * `csMemberIds` narrows the CS team to a form's chosen members; empty means the whole team.
 */
export async function loadStoreFacts(
  db: Pick<Db, '$queryRaw'>,
  storeId: string,
  csMemberIds: string[] = [],
): Promise<StoreFacts> {
  const [row] = await db.$queryRaw<Row[]>(storeFactsSql(storeId, csMemberIds));
  if (!row) throw new Error(`store ${storeId} not found`);
  // Validated on the way in; a hand-edited row shows as no links rather than failing the order.
  const socialMedia = socialMediaSchema.safeParse(row.socialMedia);
  return { ...row, socialMedia: socialMedia.success ? socialMedia.data : [] };
}

/**
 * `loadStoreFacts` through the cache: the whole CS team is cached once per store and narrowed here,
 * so every form of the store shares the entry. Staff, bank account, warehouse, store and profile
 * writes forget it (domains/cache/forget.ts).
 */
export async function cachedStoreFacts(
  ctx: Pick<Context, 'db' | 'ports'> & Partial<Pick<Context, 'logger'>>,
  storeId: string,
  csMemberIds: string[] = [],
): Promise<StoreFacts> {
  const facts = await readThrough(ctx, cacheKeys.storeFacts(storeId), cacheTtl.storeFacts, () =>
    loadStoreFacts(ctx.db, storeId),
  );
  if (csMemberIds.length === 0) return facts;
  const wanted = new Set(csMemberIds);
  return { ...facts, csMembers: facts.csMembers.filter((m) => wanted.has(m.id)) };
}

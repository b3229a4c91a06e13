import type { RegionLevel, RegionSearchHit, RegionView, regionSearchInput } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';
import { rankRegions } from './search.ts';
import { matchOf, queryWordsOf } from './search-text.ts';

// Subdistrict → district → city → province is at most three parents: Prisma loads each level with
// one batched query, so a region (or a page of 50) with its ancestors costs at most four queries.
export const regionInclude = {
  parent: { include: { parent: { include: { parent: true } } } },
} satisfies Prisma.RegionInclude;
export type RegionRow = Prisma.RegionGetPayload<{ include: typeof regionInclude }>;

interface RegionNode {
  id: number;
  code: string;
  level: RegionLevel;
  name: string;
  parentId: number | null;
  postalCode: string | null;
  parent?: RegionNode | null;
}

type RegionDb = Pick<Db, 'region' | 'regionAlias'>;

/** Views a region from its chain, the region itself first and the province last. */
function viewOfChain(chain: RegionNode[]): RegionView {
  const self = chain[0];
  if (!self) throw new Error('empty region chain');
  const at = (level: RegionLevel) => {
    const node = chain.find((n) => n.level === level);
    return node ? { id: node.id, name: node.name } : null;
  };
  return {
    id: self.id,
    code: self.code,
    level: self.level,
    name: self.name,
    parentId: self.parentId,
    postalCode: self.postalCode,
    label: chain.map((n) => n.name).join(', '),
    province: at('province'),
    city: at('city'),
    district: at('district'),
    subdistrict: at('subdistrict'),
  };
}

function chainOf(row: RegionNode): RegionNode[] {
  const chain: RegionNode[] = [];
  for (let node: RegionNode | null | undefined = row; node; node = node.parent) chain.push(node);
  return chain;
}

/** A region row loaded with `regionInclude`, as the API shows it. */
export function regionView(row: RegionNode): RegionView {
  return viewOfChain(chainOf(row));
}

export async function provinces(ctx: Pick<Context, 'db'>) {
  const rows = await ctx.db.region.findMany({
    where: { level: 'province' },
    orderBy: [{ code: 'asc' }],
  });
  return rows.map((row) => viewOfChain([row]));
}

/**
 * A region by our id or by a BosCOD alias of it (the two id ranges never overlap, see
 * reference/regions.ts), with its ancestors; null when neither knows the id.
 */
async function findRegion(db: RegionDb, id: number): Promise<RegionRow | null> {
  const row = await db.region.findUnique({ where: { id }, include: regionInclude });
  if (row) return row;
  const alias = await db.regionAlias.findUnique({
    where: { id },
    select: { region: { include: regionInclude } },
  });
  return alias?.region ?? null;
}

export async function children(ctx: Pick<Context, 'db'>, parentId: number) {
  const parent = await findRegion(ctx.db, parentId);
  if (!parent) throw notFound('Region');
  const ancestors = chainOf(parent);
  const rows = await ctx.db.region.findMany({ where: { parentId: parent.id }, orderBy: [{ code: 'asc' }] });
  return rows.map((row) => viewOfChain([row, ...ancestors]));
}

export async function get(ctx: Pick<Context, 'db'>, id: number) {
  const row = await findRegion(ctx.db, id);
  if (!row) throw notFound('Region');
  return regionView(row);
}

/**
 * Search for address pickers: by name, by the names of a region's parents ("buduran sidoarjo",
 * "surabaya" → Kota Surabaya and its districts) and by similar spelling ("budran"), best first,
 * each hit with its match quality so a picker knows whether it may choose it for the buyer.
 */
export function search(
  ctx: Pick<Context, 'db' | 'ports'> & Partial<Pick<Context, 'logger'>>,
  input: z.output<typeof regionSearchInput>,
): Promise<RegionSearchHit[]> {
  // Reference data (seeded, never written by the app): cached answers simply expire.
  return readThrough(ctx, cacheKeys.regionSearch(input), cacheTtl.regionSearch, () => searchNow(ctx, input));
}

async function searchNow(
  ctx: Pick<Context, 'db'>,
  input: z.output<typeof regionSearchInput>,
): Promise<RegionSearchHit[]> {
  const query = queryWordsOf(input.q);
  if (!query.text) return [];
  const ranked = await rankRegions(ctx.db, query, input);
  if (ranked.length === 0) return [];
  const rows = await ctx.db.region.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
    include: regionInclude,
  });
  const byId = new Map<number, RegionNode>(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ id, score }) => {
    const row = byId.get(id);
    if (!row) return [];
    const chain = chainOf(row);
    const view = viewOfChain(chain);
    const parents = chain.slice(1).map((node) => node.name);
    return [{ ...view, match: matchOf(query, view.name, parents), score: Math.round(score * 100) / 100 }];
  });
}

// Regions are reference data that never change while the process runs, and every checkout
// resolves one: keep the answers (bounded; the oldest entry goes first).
const resolved = new Map<number, RegionView>();
const resolvedLimit = 20_000;

/** The region with its ancestors, or a 400 on `field` (for inputs that reference a region). */
export async function resolveRegion(db: RegionDb, id: number, field: string): Promise<RegionView> {
  const known = resolved.get(id);
  if (known) return known;
  const row = await findRegion(db, id);
  if (!row) throw invalidField(field, `Unknown region id ${id}; pick one from the region list`);
  const view = regionView(row);
  if (resolved.size >= resolvedLimit) resolved.delete(resolved.keys().next().value as number);
  resolved.set(id, view);
  return view;
}

/** Like `resolveRegion`, for addresses: couriers need at least the district. */
export async function assertAddressRegion(db: RegionDb, id: number, field: string): Promise<RegionView> {
  const region = await resolveRegion(db, id, field);
  if (region.level !== 'district' && region.level !== 'subdistrict') {
    throw invalidField(field, `${region.label} is a ${region.level}; pick a district or subdistrict`);
  }
  return region;
}

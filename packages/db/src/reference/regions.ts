import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Db } from '../client.ts';
import type { RegionLevel } from '../generated/prisma/enums.ts';

export interface RegionRow {
  id: number;
  code: string;
  level: RegionLevel;
  name: string;
  searchName: string;
  parentId: number | null;
}

/** Bumped whenever the numbering below or the dataset changes; the test template keys on it. */
export const regionsVersion = 'idn-area-data@4.0.1/dfs-2/aliases-1';

/**
 * How many regions that dataset holds. A start compares it with the stored count, so a database
 * that has them all is recognised without reading the dataset (half a second on every start).
 */
export const regionCount = 91_599;

/**
 * Our ids are 100 001 and up. Region ids below belong to BosCOD (its `addr_id`s), which we know
 * only through the aliases below: keeping the ranges apart lets an API accept either.
 */
export const ownRegionIdBase = 100_000;

/** BosCOD ids that appear in its documents and our spec examples, by the BPS code they denote. */
export const regionAliases = [
  // The spec's `POST /order` example (sender and receiver): a subdistrict of Tapung, Kampar, Riau.
  { id: 15_022, code: '14.01.10.2008', source: 'boscod' },
  // The spec's "Edit Customer Order" example: district Buduran, Kabupaten Sidoarjo.
  { id: 76_518, code: '35.15.15', source: 'boscod' },
] as const;

/**
 * Every Indonesian province, city/regency, district and village from `idn-area-data` (BPS codes).
 * Numeric ids are assigned depth-first in BPS-code order (province, its first regency, that
 * regency's first district, its villages, …), so they are stable for a given dataset version and a
 * child always has a larger id than its parent.
 */
export async function loadRegionRows(): Promise<RegionRow[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const entries: Array<{ code: string; name: string; level: RegionLevel; parentCode: string | null }> = [
    ...provinces.map((p) => ({ code: p.code, name: p.name, level: 'province' as const, parentCode: null })),
    ...regencies.map((r) => ({
      code: r.code,
      name: r.name,
      level: 'city' as const,
      parentCode: r.province_code,
    })),
    ...districts.map((d) => ({
      code: d.code,
      name: d.name,
      level: 'district' as const,
      parentCode: d.regency_code,
    })),
    ...villages.map((v) => ({
      code: v.code,
      name: v.name,
      level: 'subdistrict' as const,
      parentCode: v.district_code,
    })),
  ];
  // BPS codes are dotted numbers of fixed width per level, so plain string order is depth-first order.
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const idByCode = new Map<string, number>();
  return entries.map((entry, index) => {
    const id = ownRegionIdBase + index + 1;
    idByCode.set(entry.code, id);
    const parentId = entry.parentCode === null ? null : (idByCode.get(entry.parentCode) ?? null);
    if (entry.parentCode !== null && parentId === null) {
      throw new Error(`region ${entry.code} lists unknown parent ${entry.parentCode}`);
    }
    return {
      id,
      code: entry.code,
      level: entry.level,
      name: entry.name,
      searchName: entry.name.toLowerCase(),
      parentId,
    };
  });
}

/** Loads the regions once; a database that already holds them all is left alone. */
export async function seedRegions(db: Db): Promise<number> {
  const stored = await db.region.aggregate({ _count: { _all: true }, _max: { id: true } });
  // All there and numbered as now (ids are dense from the base): nothing to load.
  if (stored._count._all === regionCount && stored._max.id === ownRegionIdBase + regionCount) {
    await seedRegionAliases(db);
    return 0;
  }
  const rows = await loadRegionRows();
  if (rows.length !== regionCount) {
    throw new Error(`idn-area-data holds ${rows.length} regions: update regionCount and regionsVersion`);
  }
  const first = rows[0] as RegionRow;
  const firstStored = await db.region.findUnique({ where: { code: first.code }, select: { id: true } });
  if (firstStored && firstStored.id !== first.id) {
    throw new Error(
      `This database numbers regions differently (an older bosOnline: ${first.code} is ${firstStored.id}, now ${first.id}); start from a fresh database`,
    );
  }
  await insertRegions(db, rows);
  await seedRegionAliases(db);
  return rows.length;
}

async function insertRegions(db: Db, rows: RegionRow[]): Promise<void> {
  // One JSON-parameter INSERT per chunk: ~10x faster than createMany's VALUES lists on PGlite,
  // and JSON (unlike array parameters) passes through both driver adapters unchanged.
  const chunk = 20_000;
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(rows.slice(i, i + chunk));
    await db.$executeRaw`
      INSERT INTO "Region" ("id", "code", "level", "name", "searchName", "parentId")
      SELECT "id", "code", "level", "name", "searchName", "parentId"
      FROM json_to_recordset(${json}::json) AS r(
        "id" int, "code" text, "level" "RegionLevel", "name" text, "searchName" text, "parentId" int)
      ON CONFLICT ("id") DO NOTHING`;
  }
}

async function seedRegionAliases(db: Db): Promise<void> {
  for (const alias of regionAliases) {
    const region = await db.region.findUniqueOrThrow({ where: { code: alias.code }, select: { id: true } });
    await db.regionAlias.upsert({
      where: { id: alias.id },
      create: { id: alias.id, regionId: region.id, source: alias.source },
      update: { regionId: region.id, source: alias.source },
    });
  }
}

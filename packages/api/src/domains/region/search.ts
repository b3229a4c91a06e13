import type { RegionLevel } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import {
  rankedRegionsSql,
  regionsHoldingWordSql,
  regionsResemblingSql,
  regionsStartingWithSql,
  trigramSearchSettingsSql,
} from './region.sql.ts';
import type { QueryWords } from './search-text.ts';

const levels: RegionLevel[] = ['province', 'city', 'district', 'subdistrict'];
const above = (level: RegionLevel) => levels[levels.indexOf(level) - 1] ?? null;

/**
 * Levels whose names are also looked up word by word. Cities and districts are few (7 800 of the
 * 91 599 rows) and are what buyers type; a single word like "selatan" resembles thousands of
 * village names, so villages are found by the whole query only.
 */
function wordLevels(level: RegionLevel | undefined): RegionLevel[] {
  if (!level) return ['city', 'district'];
  if (level === 'province') return [];
  if (level === 'subdistrict') return ['district'];
  return level === 'city' ? ['city'] : ['city', 'district'];
}

export interface Ranked {
  id: number;
  score: number;
}

/** Shorter queries resemble thousands of names by trigrams; they are matched as a prefix. */
const minTrigramQuery = 3;

/**
 * Finds regions by name, by their parents' names and by similar spelling (pg_trgm, through the
 * trigram index on `searchName`), best first:
 * 1. candidates: regions whose name holds the query (`<%`: word similarity ≥ 0.5, so "budran"
 *    finds Buduran), cities and districts whose name holds one of its words, and the children at
 *    the level asked for (districts when none is) of those — "surabaya" brings Kota Surabaya's
 *    districts, "buduran sidoarjo" Kabupaten Sidoarjo's;
 * 2. `score`: how well each query word matches the label (own name and every parent's, "buduran
 *    kabupaten sidoarjo jawa timur"), averaged over the words: 1 for a word that starts a word of
 *    the label (the buyer may still be typing), else its trigram word similarity;
 * 3. ties go to broader levels, then to the region whose own or parent's name (without
 *    "Kota"/"Kabupaten") is closest to the query as a whole, so "surabaya" ranks Kota Surabaya's
 *    districts above Bandar Surabaya in Lampung, then to the best own-name match.
 * Each word is its own index scan (one branch of a UNION, fenced by OFFSET 0): an OR of them, or
 * a level filter beside them, makes PostgreSQL read the whole table computing a similarity per row.
 */
export async function rankRegions(
  db: Pick<Db, '$queryRaw' | '$transaction'>,
  query: QueryWords,
  input: { level?: RegionLevel; limit: number },
): Promise<Ranked[]> {
  const level = input.level ?? null;
  const childLevel = input.level ?? 'district';
  const parentLevel = above(childLevel);
  const byWordLevels = wordLevels(input.level);
  // "Kota"/"Kabupaten" rank but do not find: "kota bandung" finds by "bandung", not by every "Kota …".
  const naming = query.finding.length ? query.finding.join(' ') : query.text;
  // With one word, the whole query is that word already.
  const wordByWord = byWordLevels.length > 0 && query.finding.length > 1;
  // And word by word covers cities and districts: the whole of a query of several words is
  // looked up only for other levels (it is the slowest scan: "jakarta selatan" resembles every
  // "… Selatan", 47 ms of a 70 ms search on PostgreSQL).
  const wholeToo = !wordByWord || !input.level || !byWordLevels.includes(input.level);
  const branches = [
    ...(wholeToo
      ? [naming.length >= minTrigramQuery ? regionsResemblingSql(naming) : regionsStartingWithSql(naming)]
      : []),
    ...(wordByWord ? query.finding.map((word) => regionsHoldingWordSql(word, byWordLevels)) : []),
  ];
  const [, ranked] = await db.$transaction(
    [
      // Both settings are local to this transaction, so no other query is affected (region.sql.ts).
      db.$queryRaw(trigramSearchSettingsSql()),
      db.$queryRaw<Ranked[]>(
        rankedRegionsSql({
          branches,
          words: query.all,
          naming,
          level,
          childLevel,
          parentLevel,
          limit: input.limit,
        }),
      ),
      // The embedded database has one connection: a transaction waits for the queries ahead of it
      // (a cold start decompresses the data folder first), and a read should wait, not fail.
    ],
    { maxWait: 10_000 },
  );
  return ranked;
}

import type { RegionLevel } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';

// The region search's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a buyer's address search.
// search.ts decides which candidate branches a query needs and why; these are the statements.

/** A regular expression's start of a word: query words are letters and digits only. */
const wordStart = '\\m';

/** The kind a city's name starts with: "kota administrasi jakarta selatan" is "jakarta selatan". */
const kindPrefix = '^(kota|kabupaten)( administrasi)? ';

/** Regions whose name holds `naming` by trigram word similarity (`<%`, through the trigram index). */
export function regionsResemblingSql(naming: string) {
  return Prisma.sql`SELECT "id", "level" FROM "Region" WHERE ${naming} <% "searchName"`;
}

/** Regions whose name starts with `naming` (a query too short to match by trigrams). */
export function regionsStartingWithSql(naming: string) {
  return Prisma.sql`SELECT "id", "level" FROM "Region" WHERE "searchName" LIKE ${`${naming}%`}`;
}

/** Regions of `levels` whose name holds `word`: the index scan first, fenced by OFFSET 0. */
export function regionsHoldingWordSql(word: string, levels: RegionLevel[]) {
  return Prisma.sql`
    SELECT "id", "level" FROM (
      SELECT "id", "level" FROM "Region" WHERE ${word} <% "searchName" OFFSET 0
    ) "s" WHERE "level"::text = ANY(${levels}::text[])`;
}

/**
 * The trigram search's settings, local to the caller's transaction, so no other query is affected.
 * - 0.5, not pg_trgm's 0.6: one letter left out of a short name ("budran" for "buduran")
 *   scores exactly 0.5;
 * - at 0.5 the planner guesses a common word matches 2% of the table and reads all of it,
 *   computing a similarity per row (185 ms on PostgreSQL); the trigram index takes 5–15 ms.
 */
export function trigramSearchSettingsSql() {
  return Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true),
    set_config('enable_seqscan', 'off', true)`;
}

/**
 * Candidates (the regions the `branches` name, of `level` when given, and the children at
 * `childLevel` of those at `parentLevel`), scored and ordered as search.ts's rankRegions explains;
 * the first `limit`.
 */
export function rankedRegionsSql(search: {
  branches: Prisma.Sql[];
  words: string[];
  naming: string;
  level: RegionLevel | null;
  childLevel: RegionLevel;
  parentLevel: RegionLevel | null;
  limit: number;
}) {
  const { naming, level, childLevel, parentLevel } = search;
  return Prisma.sql`
    WITH "words" AS (SELECT unnest(${search.words}::text[]) AS "w"),
    "named" AS (${Prisma.join(search.branches, ' UNION ')}),
    "candidates" AS (
      SELECT "id" FROM "named" WHERE ${level}::text IS NULL OR "level"::text = ${level}
      UNION
      SELECT "c"."id" FROM "named" "n"
      JOIN "Region" "c" ON "c"."parentId" = "n"."id" AND "c"."level"::text = ${childLevel}
      WHERE "n"."level"::text = ${parentLevel}
    )
    SELECT "r"."id",
      (SELECT avg(CASE WHEN "l"."label" ~ (${wordStart} || "w") THEN 1 ELSE word_similarity("w", "l"."label") END)
        FROM "words")::float8 AS "score",
      greatest(
        similarity(${naming}, regexp_replace("r"."searchName", ${kindPrefix}, '')),
        similarity(${naming}, regexp_replace("p1"."searchName", ${kindPrefix}, '')),
        similarity(${naming}, regexp_replace("p2"."searchName", ${kindPrefix}, ''))
      )::float8 AS "fit",
      (SELECT avg(word_similarity("w", "r"."searchName")) FROM "words")::float8 AS "own"
    FROM "candidates" "c"
    JOIN "Region" "r" ON "r"."id" = "c"."id"
    LEFT JOIN "Region" "p1" ON "p1"."id" = "r"."parentId"
    LEFT JOIN "Region" "p2" ON "p2"."id" = "p1"."parentId"
    LEFT JOIN "Region" "p3" ON "p3"."id" = "p2"."parentId"
    CROSS JOIN LATERAL (
      SELECT concat_ws(' ', "r"."searchName", "p1"."searchName", "p2"."searchName", "p3"."searchName") AS "label"
    ) "l"
    ORDER BY "score" DESC, "r"."level", "fit" DESC, "own" DESC, "r"."searchName", "r"."id"
    LIMIT ${search.limit}`;
}

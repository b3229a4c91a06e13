import type { RegionMatch } from '@bosonline/contracts';

// The words of a region query and how a hit's names answer them: pure, so the ranking's rules are
// tested without a database (search.ts asks the database for candidates and their scores).

/**
 * Words that say which kind of region, not which one: they help rank ("kota bandung" is the city,
 * not Kabupaten Bandung) but never find anything alone ("kota" is in hundreds of names).
 */
const kindWords = new Set([
  'kota',
  'kabupaten',
  'kab',
  'administrasi',
  'adm',
  'kecamatan',
  'kec',
  'kelurahan',
  'kel',
  'desa',
  'provinsi',
  'prov',
]);

/** Shortest word worth a trigram look-up of its own: shorter ones resemble thousands of names. */
const minFindingWord = 3;

export interface QueryWords {
  /** The query as the database compares it: lower case, letters and digits, single spaces. */
  text: string;
  /** Every distinct word, for ranking. */
  all: string[];
  /** Words that name a region, each looked up on its own (typos allowed). */
  finding: string[];
}

/** Lower-cased words of letters and digits: "Kota Adm. Jakarta-Selatan" → kota adm jakarta selatan. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function queryWordsOf(q: string): QueryWords {
  const all = [...new Set(wordsOf(q))];
  return {
    text: all.join(' '),
    all,
    finding: all.filter((word) => word.length >= minFindingWord && !kindWords.has(word)),
  };
}

const startsAWord = (word: string, names: string[]) =>
  names.some((name) => wordsOf(name).some((w) => w.startsWith(word)));

/**
 * The match quality of a hit (see `regionMatchSchema`): `own` is the hit's own name, `parents`
 * its ancestors' names, nearest first. Exact needs a word that only the hit's own name explains:
 * "kota bandung" names the city, not its district Bandung Kidul, and "buduran" names the
 * district, not its village Buduran.
 */
export function matchOf(query: QueryWords, own: string, parents: string[]): RegionMatch {
  if (!query.all.every((word) => startsAWord(word, [own, ...parents]))) return 'fuzzy';
  const naming = query.finding.length > 0 ? query.finding : query.all;
  const namesIt = naming.some((word) => startsAWord(word, [own]) && !startsAWord(word, parents));
  return namesIt ? 'exact' : 'partial';
}

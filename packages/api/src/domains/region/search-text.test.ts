import { describe, expect, it } from 'vitest';
import { matchOf, queryWordsOf } from './search-text.ts';

const sidoarjo = ['Kabupaten Sidoarjo', 'Jawa Timur'];

describe('region query words', () => {
  it('finds by the words that name a region, ranks by all of them', () => {
    expect(queryWordsOf('  Kota  Adm. Jakarta-Selatan ')).toEqual({
      text: 'kota adm jakarta selatan',
      all: ['kota', 'adm', 'jakarta', 'selatan'],
      finding: ['jakarta', 'selatan'],
    });
    expect(queryWordsOf('%%').text).toBe('');
    expect(queryWordsOf('bu').finding).toEqual([]);
  });
});

describe('match quality of a hit', () => {
  it('is exact when the hit itself is named, even while the buyer is still typing', () => {
    expect(matchOf(queryWordsOf('buduran'), 'Buduran', sidoarjo)).toBe('exact');
    expect(matchOf(queryWordsOf('budu'), 'Buduran', sidoarjo)).toBe('exact');
    expect(matchOf(queryWordsOf('buduran sidoarjo'), 'Buduran', sidoarjo)).toBe('exact');
    expect(matchOf(queryWordsOf('kota surabaya'), 'Kota Surabaya', ['Jawa Timur'])).toBe('exact');
  });

  it('is partial when only a parent is named: the buyer still has to say which one', () => {
    expect(matchOf(queryWordsOf('surabaya'), 'Genteng', ['Kota Surabaya', 'Jawa Timur'])).toBe('partial');
    // The district is named after its city: "kota bandung" names the city, not Bandung Kidul.
    expect(matchOf(queryWordsOf('kota bandung'), 'Bandung Kidul', ['Kota Bandung', 'Jawa Barat'])).toBe(
      'partial',
    );
    // A village named after its district is not what "buduran" asks for.
    expect(matchOf(queryWordsOf('buduran'), 'Buduran', ['Buduran', ...sidoarjo])).toBe('partial');
  });

  it('is fuzzy when a word is found only by similar spelling or not at all', () => {
    expect(matchOf(queryWordsOf('budran'), 'Buduran', sidoarjo)).toBe('fuzzy');
    expect(matchOf(queryWordsOf('kota bandung'), 'Kabupaten Bandung', ['Jawa Barat'])).toBe('fuzzy');
    expect(matchOf(queryWordsOf('buduran sidoarjo'), 'Waru', sidoarjo)).toBe('fuzzy');
  });
});

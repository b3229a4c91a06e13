import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('regions (Wilayah), public reference data', () => {
  it('lists the 38 provinces without logging in', async () => {
    const provinces = await server.client().region.provinces.query();
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toMatchObject({ name: 'Aceh', level: 'province', label: 'Aceh', city: null });
    expect(provinces.every((p) => p.province?.id === p.id)).toBe(true);
  });

  it('searches by name prefix, case-insensitively, with the full path of each hit', async () => {
    const client = server.client();
    const hits = await client.region.search.query({ q: 'BUDU' });
    const district = hits.find((h) => h.level === 'district' && h.name === 'Buduran');
    expect(district).toMatchObject({
      label: 'Buduran, Kabupaten Sidoarjo, Jawa Timur',
      province: { name: 'Jawa Timur' },
      city: { name: 'Kabupaten Sidoarjo' },
      district: { name: 'Buduran' },
      subdistrict: null,
    });
    // Broader levels come first, so the district precedes the villages of the same name.
    expect(hits[0]?.level).toBe('district');
    const village = hits.find((h) => h.level === 'subdistrict' && h.district?.id === district?.id);
    expect(village?.label).toBe('Buduran, Buduran, Kabupaten Sidoarjo, Jawa Timur');
    expect(village?.parentId).toBe(district?.id);

    const onlyDistricts = await client.region.search.query({ q: 'budu', level: 'district' });
    expect(onlyDistricts[0]).toMatchObject({
      label: 'Buduran, Kabupaten Sidoarjo, Jawa Timur',
      match: 'exact',
    });
    expect(onlyDistricts.every((h) => h.level === 'district')).toBe(true);

    // A later word of the name matches too: "sidoarjo" finds "Kabupaten Sidoarjo".
    const city = await client.region.search.query({ q: 'sidoarjo', level: 'city' });
    expect(city.map((h) => h.label)).toEqual(['Kabupaten Sidoarjo, Jawa Timur']);

    expect(await client.region.search.query({ q: 'budu', limit: 2 })).toHaveLength(2);
    expect(await client.region.search.query({ q: 'zzzqqq' })).toEqual([]);
    expect(await client.region.search.query({ q: '%%' })).toEqual([]);
    const bad = await expectError(client.region.search.query({ q: 'budu', limit: 51 }), 'BAD_REQUEST');
    expect(fieldErrors(bad).limit).toBeDefined();
  });

  it('finds cities and their districts, by "kota", by district + city and despite a typo', async () => {
    const client = server.client();
    const search = (q: string, level?: 'city' | 'district') =>
      client.region.search.query({ q, level, limit: 8 });

    // The widget's picker asks for districts: "surabaya" means the city's districts, none of
    // which the buyer has named yet, so none is an exact match to choose on their behalf.
    const surabaya = await search('surabaya', 'district');
    expect(surabaya).toHaveLength(8);
    expect(surabaya.every((h) => h.city?.name === 'Kota Surabaya' && h.match === 'partial')).toBe(true);
    const anyLevel = await search('surabaya');
    expect(anyLevel[0]).toMatchObject({ name: 'Kota Surabaya', level: 'city', match: 'exact', score: 1 });
    expect(anyLevel.slice(1, 8).every((h) => h.city?.name === 'Kota Surabaya')).toBe(true);

    expect((await search('Kota Bandung', 'city'))[0]).toMatchObject({ name: 'Kota Bandung', match: 'exact' });
    const bandung = await search('Kota Bandung', 'district');
    expect(bandung.every((h) => h.city?.name === 'Kota Bandung' && h.match !== 'exact')).toBe(true);
    const jaksel = await search('Jakarta Selatan', 'district');
    expect(jaksel.length).toBeGreaterThan(0);
    expect(jaksel.every((h) => h.city?.name === 'Kota Administrasi Jakarta Selatan')).toBe(true);

    const both = await search('buduran sidoarjo', 'district');
    expect(both[0]).toMatchObject({ name: 'Buduran', match: 'exact' });
    expect(both.slice(1).every((h) => h.city?.name === 'Kabupaten Sidoarjo' && h.match === 'fuzzy')).toBe(
      true,
    );

    // A letter left out: found, ranked first, but marked fuzzy so no picker chooses it alone.
    const typo = await search('budran', 'district');
    expect(typo[0]).toMatchObject({ name: 'Buduran', city: { name: 'Kabupaten Sidoarjo' }, match: 'fuzzy' });
    expect(typo[0]?.score).toBeLessThan(1);
  });

  it('gets a region with its ancestors and walks down the tree', async () => {
    const client = server.client();
    const [district] = await client.region.search.query({ q: 'buduran', level: 'district' });
    if (!district?.city) throw new Error('Buduran not found');
    const got = await client.region.get.query({ id: district.id });
    const { match: _match, score: _score, ...region } = district;
    expect(got).toEqual(region);

    const cityDistricts = await client.region.children.query({ parentId: district.city.id });
    expect(cityDistricts.map((d) => d.name)).toContain('Buduran');
    expect(cityDistricts.every((d) => d.level === 'district' && d.city?.id === district.city?.id)).toBe(true);
    const villages = await client.region.children.query({ parentId: district.id });
    expect(villages.length).toBeGreaterThan(5);
    expect(villages[0]?.label).toMatch(/, Buduran, Kabupaten Sidoarjo, Jawa Timur$/);

    await expectError(client.region.get.query({ id: 99_999_999 }), 'NOT_FOUND');
    await expectError(client.region.children.query({ parentId: 99_999_999 }), 'NOT_FOUND');
  });

  it('answers at the REST paths', async () => {
    const provinces = await server.rest('GET', '/region/province');
    expect(provinces.status).toBe(200);
    expect(provinces.body.data).toHaveLength(38);

    const search = await server.rest('GET', '/region?q=budu&level=district');
    expect(search.status).toBe(200);
    const [hit] = search.body.data as Array<{
      id: number;
      label: string;
      parent_id: number;
      postal_code: null;
    }>;
    expect(hit).toMatchObject({ label: 'Buduran, Kabupaten Sidoarjo, Jawa Timur', postal_code: null });
    if (!hit) throw new Error('no hit');
    const city = await server.rest('GET', '/region?q=surabaya');
    expect((city.body.data as unknown[])[0]).toMatchObject({
      name: 'Kota Surabaya',
      level: 'city',
      match: 'exact',
      score: 1,
    });

    const one = await server.rest('GET', `/region/${hit.id}`);
    expect(one.body.data).toMatchObject({ id: hit.id, city: { name: 'Kabupaten Sidoarjo' } });
    const kids = await server.rest('GET', `/region/${hit.parent_id}/children`);
    expect((kids.body.data as unknown[]).length).toBeGreaterThan(10);

    expect((await server.rest('GET', '/region/99999999')).status).toBe(404);
    expect((await server.rest('GET', '/region/99999999999999')).status).toBe(400);
    const bad = await server.rest('GET', '/region/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.id).toBeDefined();
  });
});

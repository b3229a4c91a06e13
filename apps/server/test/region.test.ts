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
    expect(onlyDistricts.map((h) => h.label)).toEqual(['Buduran, Kabupaten Sidoarjo, Jawa Timur']);

    // A later word of the name matches too: "sidoarjo" finds "Kabupaten Sidoarjo".
    const city = await client.region.search.query({ q: 'sidoarjo', level: 'city' });
    expect(city.map((h) => h.label)).toEqual(['Kabupaten Sidoarjo, Jawa Timur']);

    expect(await client.region.search.query({ q: 'budu', limit: 2 })).toHaveLength(2);
    expect(await client.region.search.query({ q: 'zzzqqq' })).toEqual([]);
    expect(await client.region.search.query({ q: '%%' })).toEqual([]);
    const bad = await expectError(client.region.search.query({ q: 'budu', limit: 51 }), 'BAD_REQUEST');
    expect(fieldErrors(bad).limit).toBeDefined();
  });

  it('gets a region with its ancestors and walks down the tree', async () => {
    const client = server.client();
    const [district] = await client.region.search.query({ q: 'buduran', level: 'district' });
    if (!district?.city) throw new Error('Buduran not found');
    const got = await client.region.get.query({ id: district.id });
    expect(got).toEqual(district);

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

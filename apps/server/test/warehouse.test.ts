import { maxWarehouses, tooManyWarehouses } from '@bosonline/contracts';
import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let buduran: number;
let sidoarjo: number;
beforeAll(async () => {
  server = await startTestServer();
  const [district] = await server.client().region.search.query({ q: 'buduran', level: 'district' });
  if (!district?.city) throw new Error('Buduran not found');
  buduran = district.id;
  sidoarjo = district.city.id;
});
afterAll(() => server?.close());

function warehouse(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Gudang Sidoarjo',
    contactName: 'Alfian',
    contactPhone: '0817 3213 1321',
    regionId: buduran,
    address: 'Bukit Kismadani 6',
    ...overrides,
  };
}

/** A variant with stock in a warehouse, written directly: the catalogue has its own tests. */
async function stockIn(storeId: string, warehouseId: string, quantity: number) {
  const sku = `SKU-${Math.random().toString(36).slice(2, 10)}`;
  const product = await server.db.product.create({
    data: { storeId, sku, name: 'Kopi', searchName: 'kopi', weightGrams: 250 },
  });
  const variant = await server.db.variant.create({
    data: { storeId, productId: product.id, sku, name: 'Kopi', price: 50_000 },
  });
  await server.db.stock.create({ data: { storeId, variantId: variant.id, warehouseId, quantity } });
  return variant.id;
}

describe('warehouses', () => {
  it('creates the first warehouse as default, with its region path and a normalised phone', async () => {
    const { client } = await sellerClient(server);
    expect(await client.warehouse.list.query()).toEqual([]);
    const first = await client.warehouse.create.mutate(
      warehouse({ postalCode: '61252', latitude: -7.42, longitude: 112.72 }),
    );
    expect(first).toMatchObject({
      name: 'Gudang Sidoarjo',
      contactPhone: '6281732131321',
      regionId: buduran,
      region: { label: 'Buduran, Kabupaten Sidoarjo, Jawa Timur', district: { id: buduran } },
      postalCode: '61252',
      latitude: -7.42,
      longitude: 112.72,
      isDefault: true,
    });
    const second = await client.warehouse.create.mutate(warehouse({ name: 'Gudang Dua' }));
    expect(second).toMatchObject({ isDefault: false, postalCode: null, latitude: null });

    const edited = await client.warehouse.update.mutate({ id: second.id, address: 'Jl. Raya Buduran 1' });
    expect(edited).toMatchObject({ address: 'Jl. Raya Buduran 1', name: 'Gudang Dua', isDefault: false });
    expect(await client.warehouse.detail.query({ id: second.id })).toEqual(edited);

    const switched = await client.warehouse.setDefault.mutate({ id: second.id });
    expect(switched.isDefault).toBe(true);
    const listed = await client.warehouse.list.query();
    expect(listed.map((w) => [w.id, w.isDefault])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
  });

  it('refuses unknown regions, regions above district level and half a coordinate', async () => {
    const { client } = await sellerClient(server);
    const unknown = await expectError(
      client.warehouse.create.mutate(warehouse({ regionId: 99_999_999 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(unknown).regionId?.[0]).toMatch(/Unknown region id 99999999/);
    const city = await expectError(
      client.warehouse.create.mutate(warehouse({ regionId: sidoarjo })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(city).regionId?.[0]).toMatch(/district or subdistrict/);
    const invalid = await expectError(
      client.warehouse.create.mutate(
        warehouse({ contactPhone: '12345', postalCode: '123', latitude: 91, longitude: 0 }),
      ),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(invalid)).sort()).toEqual(['contactPhone', 'latitude', 'postalCode']);
    const half = await expectError(
      client.warehouse.create.mutate(warehouse({ latitude: -7.4 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(half).longitude).toBeDefined();
    expect(await client.warehouse.list.query()).toEqual([]);

    const created = await client.warehouse.create.mutate(warehouse());
    const badUpdate = await expectError(
      client.warehouse.update.mutate({ id: created.id, regionId: 99_999_999 }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(badUpdate).regionId).toBeDefined();
  });

  it('deletes softly: not the default while others exist, not while holding stock', async () => {
    const { client, storeId } = await sellerClient(server);
    const main = await client.warehouse.create.mutate(warehouse({ name: 'Utama' }));
    const spare = await client.warehouse.create.mutate(warehouse({ name: 'Cadangan' }));

    const refused = await expectError(client.warehouse.delete.mutate({ id: main.id }), 'CONFLICT');
    expect((refused as Error).message).toMatch(/default warehouse; set another/);

    const variantId = await stockIn(storeId, spare.id, 5);
    const stocked = await expectError(client.warehouse.delete.mutate({ id: spare.id }), 'CONFLICT');
    expect((stocked as Error).message).toMatch(/still holds stock/);

    // Empty stock rows do not block a delete.
    await server.db.stock.update({
      where: { variantId_warehouseId: { variantId, warehouseId: spare.id } },
      data: { quantity: 0 },
    });
    await client.warehouse.delete.mutate({ id: spare.id });
    await expectError(client.warehouse.detail.query({ id: spare.id }), 'NOT_FOUND');
    await expectError(client.warehouse.setDefault.mutate({ id: spare.id }), 'NOT_FOUND');
    expect((await server.db.warehouse.findUnique({ where: { id: spare.id } }))?.deletedAt).not.toBeNull();

    // The last warehouse may go, and the store is left without a default.
    await client.warehouse.delete.mutate({ id: main.id });
    expect(await client.warehouse.list.query()).toEqual([]);
    expect((await server.db.store.findUnique({ where: { id: storeId } }))?.defaultWarehouseId).toBeNull();
    const next = await client.warehouse.create.mutate(warehouse({ name: 'Baru' }));
    expect(next.isDefault).toBe(true);
  });

  it(`holds at most ${maxWarehouses} warehouses, a deleted one making room again`, async () => {
    const { client } = await sellerClient(server);
    const made = [];
    for (let n = 0; n < maxWarehouses; n++)
      made.push(await client.warehouse.create.mutate(warehouse({ name: `Gudang ${n}` })));
    const full = await expectError(
      client.warehouse.create.mutate(warehouse({ name: 'Satu lagi' })),
      'CONFLICT',
    );
    expect((full as Error).message).toBe(tooManyWarehouses);
    expect(await client.warehouse.list.query()).toHaveLength(maxWarehouses);
    await client.warehouse.delete.mutate({ id: made.at(-1)!.id });
    await client.warehouse.create.mutate(warehouse({ name: 'Satu lagi' }));
    expect((await client.warehouse.list.query()).map((w) => w.name)).toContain('Satu lagi');
  });

  it('lets a cs member read warehouses but not change them', async () => {
    const owner = await sellerClient(server);
    const existing = await owner.client.warehouse.create.mutate(warehouse());
    const staff = newSeller();
    const tokens = await server.client().auth.register.mutate(staff);
    const staffUser = await server.db.user.findUniqueOrThrow({ where: { email: staff.email } });
    await server.db.storeMember.create({
      data: { storeId: owner.storeId, userId: staffUser.id, role: 'cs' },
    });
    const cs = server.client({ token: tokens.accessToken, storeId: owner.storeId });

    expect((await cs.warehouse.list.query()).map((w) => w.id)).toEqual([existing.id]);
    await expectError(cs.warehouse.create.mutate(warehouse()), 'FORBIDDEN');
    await expectError(cs.warehouse.update.mutate({ id: existing.id, name: 'X' }), 'FORBIDDEN');
    await expectError(cs.warehouse.setDefault.mutate({ id: existing.id }), 'FORBIDDEN');
    await expectError(cs.warehouse.delete.mutate({ id: existing.id }), 'FORBIDDEN');
  });

  it('answers at the REST paths with snake_case fields', async () => {
    const { token } = await sellerClient(server);
    const created = await server.rest('POST', '/store/warehouse', {
      token,
      body: {
        name: 'Gudang REST',
        contact_name: 'Siti',
        contact_phone: '+62 812 3456 7890',
        region_id: buduran,
        address: 'Jl. Mawar 2',
        postal_code: '61252',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Warehouse has been successfully saved.',
      data: { contact_phone: '6281234567890', is_default: true, region: { label: expect.any(String) } },
    });
    const id = (created.body.data as { id: string }).id;
    const second = await server.rest('POST', '/store/warehouse', {
      token,
      body: {
        name: 'Dua',
        contact_name: 'Siti',
        contact_phone: '081234567890',
        region_id: buduran,
        address: 'Jl. Melati 3',
      },
    });
    const secondId = (second.body.data as { id: string }).id;
    const made = await server.rest('PATCH', `/store/warehouse/${secondId}/default`, { token });
    expect(made).toMatchObject({ status: 200, body: { data: { is_default: true } } });
    const edited = await server.rest('PUT', `/store/warehouse/${id}`, {
      token,
      body: { name: 'Gudang Baru' },
    });
    expect(edited.body.data).toMatchObject({ name: 'Gudang Baru', is_default: false });
    const unknown = await server.rest('POST', '/store/warehouse', {
      token,
      body: {
        name: 'X',
        contact_name: 'Siti',
        contact_phone: '081234567890',
        region_id: 99999999,
        address: 'Jl. Melati 3',
      },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.region_id).toBeDefined();
    const conflict = await server.rest('DELETE', `/store/warehouse/${secondId}`, { token });
    expect(conflict.status).toBe(409);
    expect(await server.rest('DELETE', `/store/warehouse/${id}`, { token })).toEqual({
      status: 200,
      body: { message: 'Warehouse has been deleted' },
    });
    const listed = await server.rest('GET', '/store/warehouse', { token });
    expect((listed.body.data as Array<{ id: string }>).map((w) => w.id)).toEqual([secondId]);
  });
});

import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const hour = 3_600_000;
const day = 24 * hour;

let serial = 0;
/** A running percentage voucher (10% off the goods); fields overridable. */
function voucherInput(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const now = server.clock.now();
  return {
    code: `HEMAT${serial}`,
    name: `Hemat ${serial}`,
    kind: 'product' as const,
    valueType: 'percentage' as const,
    value: 10,
    startsAt: new Date(now.getTime() - hour),
    endsAt: new Date(now.getTime() + 7 * day),
    ...overrides,
  };
}

/** Simulates past orders: redemption rows by one buyer plus the voucher's `used` counter. */
async function redeem(voucherId: string, storeId: string, buyerPhone: string, times = 1) {
  for (let i = 0; i < times; i++) {
    await server.db.voucherRedemption.create({ data: { voucherId, storeId, buyerPhone } });
  }
  await server.db.voucher.update({ where: { id: voucherId }, data: { used: { increment: times } } });
}

describe('vouchers: managing them', () => {
  it('creates, reads, edits, deactivates and deletes a voucher', async () => {
    const { client } = await sellerClient(server);
    const created = await client.voucher.create.mutate(
      voucherInput({ code: 'Lebaran25', quota: 100, maxDiscount: 25_000, minPurchase: 50_000 }),
    );
    expect(created).toMatchObject({
      code: 'Lebaran25',
      valueType: 'percentage',
      value: 10,
      maxDiscount: 25_000,
      minPurchase: 50_000,
      quota: 100,
      used: 0,
      remaining: 100,
      perBuyerLimit: null,
      status: 'active',
      state: 'running',
    });
    expect(await client.voucher.detail.query({ id: created.id })).toEqual(created);

    const edited = await client.voucher.update.mutate({ id: created.id, name: 'Lebaran', quota: null });
    expect(edited).toMatchObject({ name: 'Lebaran', quota: null, remaining: null, maxDiscount: 25_000 });
    // Switching to a fixed value drops the cap that only percentages may carry.
    const fixed = await client.voucher.update.mutate({ id: created.id, valueType: 'fixed', value: 15_000 });
    expect(fixed).toMatchObject({
      valueType: 'fixed',
      value: 15_000,
      maxDiscount: null,
      minPurchase: 50_000,
    });

    expect(await client.voucher.setStatus.mutate({ id: created.id, status: 'inactive' })).toMatchObject({
      status: 'inactive',
    });
    await client.voucher.delete.mutate({ id: created.id });
    await expectError(client.voucher.detail.query({ id: created.id }), 'NOT_FOUND');
  });

  it('names the field of every invalid value', async () => {
    const { client } = await sellerClient(server);
    const tooMuch = await expectError(
      client.voucher.create.mutate(voucherInput({ value: 150 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(tooMuch).value?.[0]).toMatch(/between 1 and 100/);

    const now = server.clock.now();
    const backwards = await expectError(
      client.voucher.create.mutate(voucherInput({ startsAt: now, endsAt: new Date(now.getTime() - day) })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(backwards).endsAt?.[0]).toMatch(/after the start/);

    const badCode = await expectError(
      client.voucher.create.mutate(voucherInput({ code: 'no spaces!' })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(badCode).code).toBeDefined();
    await expectError(client.voucher.create.mutate(voucherInput({ code: 'AB' })), 'BAD_REQUEST');

    const capped = await expectError(
      client.voucher.create.mutate(voucherInput({ valueType: 'fixed', value: 10_000, maxDiscount: 5_000 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(capped).maxDiscount).toBeDefined();
    const zero = await expectError(
      client.voucher.create.mutate(voucherInput({ valueType: 'fixed', value: 0 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(zero).value).toBeDefined();
    const quota = await expectError(client.voucher.create.mutate(voucherInput({ quota: 0 })), 'BAD_REQUEST');
    expect(fieldErrors(quota).quota).toBeDefined();

    // Updates are checked against the stored values they are merged with.
    const voucher = await client.voucher.create.mutate(voucherInput());
    const endBeforeStart = await expectError(
      client.voucher.update.mutate({ id: voucher.id, endsAt: new Date(voucher.startsAt.getTime() - 1) }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(endBeforeStart).endsAt).toBeDefined();
    const percent = await expectError(
      client.voucher.update.mutate({ id: voucher.id, value: 101 }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(percent).value).toBeDefined();
  });

  it('keeps codes unique per store whatever their case', async () => {
    const a = await sellerClient(server);
    const b = await sellerClient(server);
    await a.client.voucher.create.mutate(voucherInput({ code: 'GRATISONGKIR' }));
    const dup = await expectError(
      a.client.voucher.create.mutate(voucherInput({ code: 'GratisOngkir' })),
      'CONFLICT',
    );
    expect(fieldErrors(dup).code?.[0]).toMatch(/already has a voucher with this code/);
    // Another store may use the same code.
    await b.client.voucher.create.mutate(voucherInput({ code: 'gratisongkir' }));

    const other = await a.client.voucher.create.mutate(voucherInput({ code: 'OTHER' }));
    await expectError(a.client.voucher.update.mutate({ id: other.id, code: 'gratisONGKIR' }), 'CONFLICT');
    expect(await a.client.voucher.update.mutate({ id: other.id, code: 'other' })).toMatchObject({
      code: 'other',
    });
  });

  it('protects a used voucher: terms fixed, quota not below use, no deletion', async () => {
    const seller = await sellerClient(server);
    const { client } = seller;
    const voucher = await client.voucher.create.mutate(voucherInput({ quota: 10 }));
    await redeem(voucher.id, seller.storeId, '6281234567890', 3);

    const changed = await expectError(
      client.voucher.update.mutate({ id: voucher.id, value: 20 }),
      'CONFLICT',
    );
    expect(fieldErrors(changed).value?.[0]).toMatch(/cannot change once it has been used/);
    await expectError(client.voucher.update.mutate({ id: voucher.id, kind: 'shipping' }), 'CONFLICT');
    // Re-sending the same terms (a dashboard saving the whole form) is fine.
    const same = await client.voucher.update.mutate({
      id: voucher.id,
      value: 10,
      valueType: 'percentage',
      name: 'X',
    });
    expect(same).toMatchObject({ name: 'X', used: 3, remaining: 7 });

    const low = await expectError(client.voucher.update.mutate({ id: voucher.id, quota: 2 }), 'BAD_REQUEST');
    expect(fieldErrors(low).quota?.[0]).toMatch(/lower than the 3 times/);

    const del = await expectError(client.voucher.delete.mutate({ id: voucher.id }), 'CONFLICT');
    expect((del as Error).message).toMatch(/deactivate it instead/);
    await client.voucher.setStatus.mutate({ id: voucher.id, status: 'inactive' });
    expect((await client.voucher.detail.query({ id: voucher.id })).status).toBe('inactive');
  });

  it('lists with filters by state, kind, status and text, page by page', async () => {
    const { client } = await sellerClient(server);
    const now = server.clock.now();
    const running = await client.voucher.create.mutate(voucherInput({ code: 'RUNNING1' }));
    const upcoming = await client.voucher.create.mutate(
      voucherInput({
        code: 'SOON1',
        kind: 'shipping',
        startsAt: new Date(now.getTime() + day),
        endsAt: new Date(now.getTime() + 2 * day),
      }),
    );
    const ended = await client.voucher.create.mutate(
      voucherInput({
        code: 'PAST1',
        name: 'Flash sale',
        startsAt: new Date(now.getTime() - 2 * day),
        endsAt: new Date(now.getTime() - day),
      }),
    );
    await client.voucher.setStatus.mutate({ id: ended.id, status: 'inactive' });

    const ids = async (input: Parameters<typeof client.voucher.list.query>[0]) =>
      (await client.voucher.list.query(input)).items.map((v) => v.id);
    expect(await ids({})).toEqual([ended.id, upcoming.id, running.id]);
    expect(await ids({ state: 'running' })).toEqual([running.id]);
    expect(await ids({ state: 'upcoming' })).toEqual([upcoming.id]);
    expect(await ids({ state: 'ended' })).toEqual([ended.id]);
    expect(await ids({ kind: 'shipping' })).toEqual([upcoming.id]);
    expect(await ids({ status: 'inactive' })).toEqual([ended.id]);
    expect(await ids({ q: 'flash' })).toEqual([ended.id]);
    expect(await ids({ q: 'soon' })).toEqual([upcoming.id]);
    expect((await client.voucher.detail.query({ id: upcoming.id })).state).toBe('upcoming');

    const first = await client.voucher.list.query({ limit: 2 });
    const second = await client.voucher.list.query({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((v) => v.id)).toEqual([ended.id, upcoming.id, running.id]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('vouchers: what a buyer may apply at checkout', () => {
  const basket = (storeId: string, extra: Record<string, unknown> = {}) => ({
    storeId,
    subtotal: 200_000,
    shippingCost: 24_000,
    ...extra,
  });

  it('offers running, active vouchers with the discount each gives, best first', async () => {
    const seller = await sellerClient(server);
    const { client, storeId } = seller;
    await client.voucher.create.mutate(voucherInput({ code: 'PCT10', value: 10 }));
    await client.voucher.create.mutate(voucherInput({ code: 'PCT50CAP', value: 50, maxDiscount: 30_000 }));
    await client.voucher.create.mutate(voucherInput({ code: 'FIX15', valueType: 'fixed', value: 15_000 }));
    await client.voucher.create.mutate(voucherInput({ code: 'ONGKIR50', kind: 'shipping', value: 50 }));
    await client.voucher.create.mutate(
      voucherInput({ code: 'ONGKIRFIX', kind: 'shipping', valueType: 'fixed', value: 40_000 }),
    );
    const off = await client.voucher.create.mutate(voucherInput({ code: 'OFF' }));
    await client.voucher.setStatus.mutate({ id: off.id, status: 'inactive' });

    const offers = await server.client().voucher.listForCheckout.query(basket(storeId));
    expect(offers.map((o) => [o.code, o.discount])).toEqual([
      ['PCT50CAP', 30_000],
      ['ONGKIRFIX', 24_000],
      ['PCT10', 20_000],
      ['FIX15', 15_000],
      ['ONGKIR50', 12_000],
    ]);
    expect(Object.keys(offers[0] ?? {})).not.toContain('quota');

    // No shipping cost: shipping vouchers give nothing, so they are not offered.
    const pickup = await server.client().voucher.listForCheckout.query(basket(storeId, { shippingCost: 0 }));
    expect(pickup.map((o) => o.code)).toEqual(['PCT50CAP', 'PCT10', 'FIX15']);
  });

  it('keeps private codes out of the offers; the seller sees which is which and can switch it', async () => {
    const { client, storeId } = await sellerClient(server);
    const shown = await client.voucher.create.mutate(voucherInput({ code: 'SEMUA10' }));
    const hidden = await client.voucher.create.mutate(
      voucherInput({ code: 'RESELLER30', value: 30, listed: false }),
    );
    expect([shown.listed, hidden.listed]).toEqual([true, false]);
    const offered = async () =>
      (await server.client().voucher.listForCheckout.query(basket(storeId))).map((o) => o.code);
    expect(await offered()).toEqual(['SEMUA10']);

    expect((await client.voucher.update.mutate({ id: hidden.id, listed: true })).listed).toBe(true);
    expect(await offered()).toEqual(['RESELLER30', 'SEMUA10']);
    await client.voucher.update.mutate({ id: hidden.id, listed: false });
    expect(await offered()).toEqual(['SEMUA10']);
  });

  it('follows the window as the clock moves', async () => {
    const { client, storeId } = await sellerClient(server);
    const now = server.clock.now();
    await client.voucher.create.mutate(
      voucherInput({
        code: 'WINDOW',
        startsAt: new Date(now.getTime() + day),
        endsAt: new Date(now.getTime() + 2 * day),
      }),
    );
    const codes = async () =>
      (await server.client().voucher.listForCheckout.query(basket(storeId))).map((o) => o.code);
    expect(await codes()).toEqual([]);
    try {
      server.clock.advance(day);
      expect(await codes()).toEqual(['WINDOW']);
      server.clock.advance(day - 1);
      expect(await codes()).toEqual(['WINDOW']);
      server.clock.advance(1);
      expect(await codes()).toEqual([]);
    } finally {
      server.clock.advance(-2 * day);
    }
  });

  it('leaves out vouchers whose quota is used up or whose minimum purchase is not met', async () => {
    const seller = await sellerClient(server);
    const { client, storeId } = seller;
    const scarce = await client.voucher.create.mutate(voucherInput({ code: 'SCARCE', quota: 2 }));
    await client.voucher.create.mutate(voucherInput({ code: 'BIGSPEND', minPurchase: 250_000 }));
    const codes = async (subtotal = 200_000) =>
      (await server.client().voucher.listForCheckout.query(basket(storeId, { subtotal }))).map((o) => o.code);

    expect(await codes()).toEqual(['SCARCE']);
    expect(await codes(250_000)).toEqual(['BIGSPEND', 'SCARCE'].sort());
    await redeem(scarce.id, storeId, '6281111111111');
    expect(await codes()).toEqual(['SCARCE']);
    await redeem(scarce.id, storeId, '6282222222222');
    expect(await codes()).toEqual([]);
    expect(await codes(250_000)).toEqual(['BIGSPEND']);
  });

  it('counts a buyer’s past uses by their phone number, however it is written', async () => {
    const { client, storeId } = await sellerClient(server);
    const once = await client.voucher.create.mutate(voucherInput({ code: 'ONCE', perBuyerLimit: 1 }));
    await client.voucher.create.mutate(voucherInput({ code: 'TWICE', perBuyerLimit: 2 }));
    const codes = async (buyerPhone?: string) =>
      (await server.client().voucher.listForCheckout.query(basket(storeId, { buyerPhone }))).map(
        (o) => o.code,
      );

    await redeem(once.id, storeId, '6281234500001');
    expect(await codes('081234500001')).toEqual(['TWICE']);
    expect(await codes('+62 812-3450-0001')).toEqual(['TWICE']);
    expect(await codes('081234500002')).toEqual(['ONCE', 'TWICE']);
    // Without a phone the buyer is unknown; the limit is checked again when the order is placed.
    expect(await codes()).toEqual(['ONCE', 'TWICE']);
    await expectError(
      server.client().voucher.listForCheckout.query(basket(storeId, { buyerPhone: '12345' })),
      'BAD_REQUEST',
    );
  });

  it('lists only the vouchers of the store asked for', async () => {
    const a = await sellerClient(server);
    const b = await sellerClient(server);
    const mineA = await a.client.voucher.create.mutate(voucherInput({ code: 'SAMECODE' }));
    const mineB = await b.client.voucher.create.mutate(voucherInput({ code: 'SAMECODE', value: 50 }));
    await b.client.voucher.create.mutate(voucherInput({ code: 'ONLYB' }));

    const forA = await server.client().voucher.listForCheckout.query(basket(a.storeId));
    expect(forA.map((o) => o.id)).toEqual([mineA.id]);
    const forB = await server.client().voucher.listForCheckout.query(basket(b.storeId));
    expect(forB.map((o) => o.id)).not.toContain(mineA.id);
    expect(forB.map((o) => o.id)).toContain(mineB.id);
    expect(await server.client().voucher.listForCheckout.query(basket(crypto.randomUUID()))).toEqual([]);
  });
});

describe('vouchers: REST door', () => {
  it('serves the Voucher endpoints at spec paths with snake_case fields', async () => {
    const { token, storeId } = await sellerClient(server);
    const now = server.clock.now();
    const created = await server.rest('POST', '/store/voucher', {
      token,
      body: {
        code: 'REST10',
        name: 'Rest',
        kind: 'product',
        value_type: 'percentage',
        value: 10,
        max_discount: 5_000,
        min_purchase: 10_000,
        starts_at: new Date(now.getTime() - hour).toISOString(),
        ends_at: new Date(now.getTime() + day).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Voucher has been successfully saved.',
      data: {
        code: 'REST10',
        value_type: 'percentage',
        max_discount: 5_000,
        state: 'running',
        remaining: null,
        listed: true,
      },
    });
    const id = (created.body.data as { id: string }).id;

    const invalid = await server.rest('POST', '/store/voucher', {
      token,
      body: { ...(created.body.data as object), code: 'REST11', value: 150, ends_at: 'tomorrow' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toHaveProperty('ends_at');

    const listed = await server.rest('GET', '/store/voucher?state=running&kind=product', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toMatchObject({ items: [{ id }], next_cursor: null });
    expect((await server.rest('GET', `/store/voucher/${id}`, { token })).body.data).toMatchObject({ id });

    const put = await server.rest('PUT', `/store/voucher/${id}`, {
      token,
      body: { name: 'Renamed', quota: 5 },
    });
    expect(put).toMatchObject({ status: 200, body: { data: { name: 'Renamed', quota: 5, remaining: 5 } } });
    const dup = await server.rest('POST', '/store/voucher', {
      token,
      body: { ...(created.body.data as object), code: 'rest10' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toHaveProperty('code');

    const checkout = await server.rest(
      'GET',
      `/voucher/checkout?store_id=${storeId}&subtotal=120000&shipping_cost=15000&buyer_phone=081299990000`,
    );
    expect(checkout.status).toBe(200);
    expect(checkout.body.data).toEqual([expect.objectContaining({ code: 'REST10', discount: 5_000 })]);
    const noSubtotal = await server.rest('GET', `/voucher/checkout?store_id=${storeId}`);
    expect(noSubtotal.status).toBe(400);
    expect(noSubtotal.body.errors).toHaveProperty('subtotal');

    const status = await server.rest('PATCH', `/store/voucher/${id}/status`, {
      token,
      body: { status: 'inactive' },
    });
    expect(status).toMatchObject({ status: 200, body: { data: { status: 'inactive' } } });
    const gone = await server.rest('GET', `/voucher/checkout?store_id=${storeId}&subtotal=120000`);
    expect(gone.body.data).toEqual([]);

    const removed = await server.rest('DELETE', `/store/voucher/${id}`, { token });
    expect(removed).toEqual({ status: 200, body: { message: 'Voucher has been deleted' } });
    expect((await server.rest('GET', `/store/voucher/${id}`, { token })).status).toBe(404);
  });
});

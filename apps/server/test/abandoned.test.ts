import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

// Abandoned checkouts from the store's side: buyers save what they typed through the public
// `checkout.saveAbandoned`; sellers list them and follow up on WhatsApp.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

let serial = 0;
/** A seller with a form (slug `kopi-abandoned-N`) and a logged-in CS member. */
async function storeWithForm() {
  serial += 1;
  const owner = await sellerClient(server);
  const warehouse = await warehouseOf(server, owner.storeId);
  const product = await owner.client.product.create.mutate(kopiArabica(warehouse.id, `ABD-${serial}`));
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const form = await owner.client.form.create.mutate({
    name: `Kopi Abandoned ${serial}`,
    slug: `kopi-abandoned-${serial}`,
    paymentMethods: ['cod'],
    couriers: [{ code: 'idx', services: ['00'] }],
    items: [{ variantId: variant.id }],
  });
  const person = newSeller({ name: `CS ${serial}` });
  await owner.client.staff.create.mutate({ ...person, role: 'cs' });
  const tokens = await server.client().auth.login.mutate({ login: person.email, password: person.password });
  const cs = server.client({ token: tokens.accessToken });
  const store = await owner.client.store.get.query();
  return { owner, form, cs, csToken: tokens.accessToken, storeName: store.name };
}

const buyer = () => server.client();

describe('abandoned.list', () => {
  it('lists the store’s abandoned checkouts with form names, newest activity first, by state and search', async () => {
    const s = await storeWithForm();
    const other = await s.owner.client.form.create.mutate({
      name: 'Second form',
      paymentMethods: ['cod'],
      couriers: [{ code: 'idx', services: ['00'] }],
      items: [{ variantId: s.form.items[0]?.variantId as string }],
    });
    const sari = await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770001',
      name: 'Sari Dewi',
      data: { receiver_address: 'Jl. Melati 1' },
    });
    server.clock.advance(1_000);
    const budi = await buyer().checkout.saveAbandoned.mutate({
      formId: other.id,
      phone: '081277770002',
      name: 'Budi',
      data: {},
    });

    const all = await s.owner.client.abandoned.list.query();
    expect(all.items.map((r) => [r.id, r.formName, r.state])).toEqual([
      [budi.id, 'Second form', 'open'],
      [sari.id, s.form.name, 'open'],
    ]);
    expect(all.items[1]).toMatchObject({
      formId: s.form.id,
      buyerPhone: '6281277770001',
      buyerName: 'Sari Dewi',
      data: { receiver_address: 'Jl. Melati 1' },
      invoice: null,
      followedUpAt: null,
    });

    const byForm = await s.owner.client.abandoned.list.query({ formId: s.form.id });
    expect(byForm.items.map((r) => r.id)).toEqual([sari.id]);
    for (const q of ['0812 7777 0001', '+6281277770001', '77770001', 'dewi']) {
      const found = await s.owner.client.abandoned.list.query({ q });
      expect(
        found.items.map((r) => r.id),
        q,
      ).toEqual([sari.id]);
    }
    expect((await s.owner.client.abandoned.list.query({ state: 'recovered' })).items).toEqual([]);

    // Pages follow one another without overlap.
    const first = await s.owner.client.abandoned.list.query({ limit: 1 });
    expect(first.items.map((r) => r.id)).toEqual([budi.id]);
    const second = await s.owner.client.abandoned.list.query({
      limit: 1,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second).toEqual({ items: [expect.objectContaining({ id: sari.id })], nextCursor: null });
    await expectError(s.owner.client.abandoned.list.query({ cursor: 'junk' }), 'BAD_REQUEST');

    // The CS member sees the same list; a stranger's store sees none of it.
    expect((await s.cs.abandoned.list.query()).items).toHaveLength(2);
    const stranger = await sellerClient(server);
    expect((await stranger.client.abandoned.list.query()).items).toEqual([]);
  });

  it('answers at GET /store/abandoned in snake_case', async () => {
    const s = await storeWithForm();
    await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770003',
      data: { step: 1 },
    });
    const res = await server.rest('GET', '/store/abandoned?state=open', { token: s.owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      items: [{ form_name: s.form.name, buyer_phone: '6281277770003', state: 'open', followed_up_at: null }],
      next_cursor: null,
    });
    expect((await server.rest('GET', '/store/abandoned')).status).toBe(401);
  });
});

describe('abandoned.followUp', () => {
  it('lets CS send the WhatsApp template with the form link, and marks the row followed up', async () => {
    const s = await storeWithForm();
    const { id } = await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770004',
      name: 'Rina',
      data: {},
    });
    const result = await s.cs.abandoned.followUp.mutate({ id });
    expect(result.sent).toBe(true);

    const message = server.messaging.lastTo('6281277770004');
    expect(message).toMatchObject({ template: 'abandoned_checkout', language: 'id' });
    expect(message?.text).toContain('Rina');
    expect(message?.text).toContain(s.storeName);
    expect(message?.text).toContain(`/f/${s.form.slug}`);
    expect(result.waLink).toBe(`https://wa.me/6281277770004?text=${encodeURIComponent(message?.text ?? '')}`);

    const [row] = (await s.owner.client.abandoned.list.query({ state: 'followed_up' })).items;
    expect(row).toMatchObject({ id, state: 'followed_up', followedUpAt: server.clock.now() });
  });

  it('still hands out the wa.me link when WhatsApp is down, without marking the row', async () => {
    const s = await storeWithForm();
    const { id } = await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770005',
      data: {},
    });
    server.messaging.failing = true;
    try {
      const result = await s.owner.client.abandoned.followUp.mutate({ id });
      expect(result.sent).toBe(false);
      expect(result.waLink).toMatch(/^https:\/\/wa\.me\/6281277770005\?text=Halo%20Kak%2C%20/);
      expect(decodeURIComponent(result.waLink.split('text=')[1] ?? '')).toContain(`/f/${s.form.slug}`);
    } finally {
      server.messaging.failing = false;
    }
    const [row] = (await s.owner.client.abandoned.list.query()).items;
    expect(row).toMatchObject({ id, state: 'open', followedUpAt: null });
  });

  it('answers at POST /store/abandoned/{id}/follow-up', async () => {
    const s = await storeWithForm();
    const { id } = await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770006',
      data: {},
    });
    const res = await server.rest('POST', `/store/abandoned/${id}/follow-up`, { token: s.csToken });
    expect(res).toMatchObject({
      status: 200,
      body: {
        message: 'Follow-up message has been sent.',
        data: { sent: true, wa_link: expect.stringMatching(/^https:\/\/wa\.me\//) },
      },
    });
    const missing = await server.rest('POST', `/store/abandoned/${crypto.randomUUID()}/follow-up`, {
      token: s.csToken,
    });
    expect(missing.status).toBe(404);
  });

  it('refuses rows already turned into orders, rows of unpublished forms, and other stores’ rows', async () => {
    const s = await storeWithForm();
    const { id } = await buyer().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081277770007',
      data: {},
    });
    const stranger = await sellerClient(server);
    await expectError(stranger.client.abandoned.followUp.mutate({ id }), 'NOT_FOUND');

    await s.owner.client.form.setStatus.mutate({ ids: [s.form.id], status: 'inactive' });
    await expectError(s.owner.client.abandoned.followUp.mutate({ id }), 'CONFLICT');
    await s.owner.client.form.setStatus.mutate({ ids: [s.form.id], status: 'active' });

    // The buyer ordered after all: the row is recovered, with the order's invoice.
    const order = await server.rest('POST', `/order/${s.form.id}`, {
      body: {
        receiver: {
          receiver_name: 'Faisol',
          receiver_phone: '081277770007',
          receiver_addr_id: 15022,
          receiver_address: 'Bukit Kismadani 1',
        },
        items: {
          service_code: '00',
          courier_code: 'idx',
          payment_method: { type: 'cod' },
          order_items: [{ item_sku: s.form.items[0]?.sku, item_qty: 1 }],
        },
      },
    });
    expect(order.status).toBe(200);
    const [row] = (await s.owner.client.abandoned.list.query({ state: 'recovered' })).items;
    expect(row).toMatchObject({ id, state: 'recovered', invoice: expect.stringMatching(/^INV\d+$/) });
    const done = await expectError(s.owner.client.abandoned.followUp.mutate({ id }), 'CONFLICT');
    expect((done as Error).message).toMatch(/already ordered/);
  });
});

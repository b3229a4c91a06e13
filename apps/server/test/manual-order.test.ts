import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import {
  demoSellerClient,
  expectError,
  newSeller,
  sellerClient,
  startTestServer,
  type TestServer,
} from './harness.ts';

// "Atur Pengiriman": the seller's Order List places an order for a buyer through the same
// `POST /order/{id}` as the public checkout, with the seller's token. The caller handles the order,
// the parcel leaves from the warehouse they name, and a COD order answers its AWB.

const formId = demoStore.form.id;

/** The spec's example body, naming the store's second warehouse as the sender. */
function body(warehouseName = 'Gudang Surabaya') {
  return {
    sender: {
      warehouse_name: warehouseName,
      sender_name: 'Alfian',
      sender_phone: '081732131321',
      sender_addr_id: 15022,
      sender_detail: 'Bukit Kismadani 6',
    },
    receiver: {
      receiver_name: 'Faisol',
      receiver_phone: '083131412312',
      receiver_addr_id: 15022,
      receiver_address: 'Bukit Kismadani 1',
      receiver_detail: [],
    },
    items: {
      service_code: '00',
      insurance_type: 1,
      courier_code: 'idx',
      payment_method: { type: 'cod', bank: null },
      order_items: [
        { item_sku: 'BAT-AA-001-01', item_qty: 2 },
        { item_sku: 'BAT-AA-001-02', item_qty: 1 },
      ],
    },
  };
}

let server: TestServer;
let ownerToken: string;
let cs: { token: string; userId: string; memberId: string; phone: string };
let secondWarehouseId: string;

/** Everything a refused request must leave as it was. */
async function counts() {
  const [orders, events, movements, stock] = await Promise.all([
    server.db.order.count(),
    server.db.orderEvent.count(),
    server.db.inventoryMovement.count(),
    server.db.stock.aggregate({ _sum: { quantity: true } }),
  ]);
  return { orders, events, movements, stock: stock._sum.quantity };
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const { client: owner, token } = await demoSellerClient(server);
  ownerToken = token;

  // A second warehouse, stocked, beside the demo store's default "Alfian".
  const [home] = await owner.warehouse.list.query();
  const warehouse = await owner.warehouse.create.mutate({
    name: 'Gudang Surabaya',
    contactName: 'Budi Gudang',
    contactPhone: '081299990000',
    regionId: home!.regionId,
    address: 'Jl. Rungkut Industri 5',
  });
  secondWarehouseId = warehouse.id;
  const variants = await server.db.variant.findMany({ where: { sku: { in: demoStore.form.skus } } });
  await owner.product.inventory.update.mutate({
    items: variants.map((v) => ({
      variantId: v.id,
      warehouseId: warehouse.id,
      quantity: 20,
      reason: 'restock' as const,
    })),
  });

  const person = newSeller();
  const member = await owner.staff.create.mutate({ ...person, role: 'cs' });
  const tokens = await server.client().auth.login.mutate({ login: person.email, password: person.password });
  cs = { token: tokens.accessToken, userId: member.userId, memberId: member.id, phone: member.phone };
});
afterAll(() => server?.close());

describe('POST /order/{id} with a seller token ("Atur Pengiriman")', () => {
  it('books a COD order from the named warehouse, answers its AWB, and the calling CS handles it', async () => {
    const stockBefore = await server.db.stock.findMany({ where: { warehouseId: secondWarehouseId } });
    const res = await server.rest('POST', `/order/${formId}`, { body: body(), token: cs.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // The checkout's answer (same message, same fields), plus the invoice and the AWB.
    expect(res.body.message).toBe(
      'Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu',
    );
    const data = res.body.data as Record<string, unknown>;
    expect(data).toMatchObject({
      cs_phone: cs.phone,
      product_name: 'Kopi Arabica',
      invoice: expect.stringMatching(/^INV\d+$/),
      awb: expect.stringMatching(/^IDX\d+$/),
    });
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['payment', 'social_media', 'total_payment']));

    const order = await server.db.order.findFirstOrThrow({ where: { invoice: data.invoice as string } });
    expect(order).toMatchObject({
      status: 'ready_to_ship',
      awb: data.awb,
      csMemberId: cs.memberId,
      createdById: cs.userId,
      senderWarehouseId: secondWarehouseId,
      total: data.total_payment,
    });
    // The courier picks up at the named warehouse, with its own contact (not the body's sender_*).
    expect(server.shipping.booked.at(-1)?.sender).toMatchObject({
      name: 'Budi Gudang',
      phone: '6281299990000',
      address: 'Jl. Rungkut Industri 5',
    });
    // Stock left that warehouse, as the public checkout takes it from the default one.
    const stockAfter = await server.db.stock.findMany({ where: { warehouseId: secondWarehouseId } });
    const sum = (rows: typeof stockAfter) => rows.reduce((s, r) => s + r.quantity, 0);
    expect(sum(stockBefore) - sum(stockAfter)).toBe(3);

    // The owner sees it as a manual order, placed by the CS, in the detail and its timeline.
    const detail = await server.client({ token: ownerToken }).order.detail.query({ invoice: order.invoice });
    const csName = (await server.db.user.findUniqueOrThrow({ where: { id: cs.userId } })).name;
    expect(detail.createdBy).toEqual({ userId: cs.userId, name: csName });
    expect(detail.cs?.memberId).toBe(cs.memberId);
    expect(detail.sender.name).toBe('Gudang Surabaya');
    expect(detail.timeline[0]).toMatchObject({
      type: 'created',
      actorName: csName,
      data: { origin: 'manual' },
    });
  });

  it("shows the total before saving, priced from the named warehouse, and it is the order's total", async () => {
    const owner = server.client({ token: ownerToken });
    const input = {
      id: formId,
      sender: { warehouseName: 'gudang surabaya ' },
      receiver: {
        receiverName: 'Dewi',
        receiverPhone: '081322223333',
        receiverAddrId: 15022,
        receiverAddress: 'Jl. Kenanga 4',
      },
      items: {
        serviceCode: '00',
        courierCode: 'idx',
        paymentMethod: { type: 'cod' as const },
        orderItems: [{ itemSku: 'BAT-AA-001-01', itemQty: 1 }],
      },
    };
    const quote = await owner.order.quoteManual.query(input);
    const placed = await owner.order.createManual.mutate(input);
    expect(placed.totalPayment).toBe(quote.total);
    const order = await server.db.order.findFirstOrThrow({ where: { invoice: placed.invoice } });
    expect(order.senderWarehouseId).toBe(secondWarehouseId);
    const refused = await expectError(
      owner.order.quoteManual.query({ ...input, sender: { warehouseName: 'Nowhere' } }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(refused))).toEqual(['sender.warehouseName']);
  });

  it('refuses a warehouse the store does not have with 400 on sender.warehouse_name, writing nothing', async () => {
    const stranger = await sellerClient(server);
    await stranger.client.warehouse.create.mutate({
      name: 'Gudang Orang Lain',
      contactName: 'Lain',
      contactPhone: '081277770000',
      regionId: (await server.db.warehouse.findFirstOrThrow({ where: { id: secondWarehouseId } })).regionId,
      address: 'Jl. Lain No. 1',
    });
    for (const name of ['Gudang Tidak Ada', 'Gudang Orang Lain']) {
      const before = await counts();
      const booked = server.shipping.booked.length;
      const res = await server.rest('POST', `/order/${formId}`, { body: body(name), token: cs.token });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body.errors ?? {})).toEqual(['sender.warehouse_name']);
      expect(await counts()).toEqual(before);
      expect(server.shipping.booked.length).toBe(booked);
    }
  });

  it('answers 404 to a CS of another store: the form is not theirs', async () => {
    const stranger = await sellerClient(server);
    const person = newSeller();
    await stranger.client.staff.create.mutate({ ...person, role: 'cs' });
    const { accessToken } = await server
      .client()
      .auth.login.mutate({ login: person.email, password: person.password });
    const before = await counts();
    const res = await server.rest('POST', `/order/${formId}`, { body: body('Alfian'), token: accessToken });
    expect(res.status).toBe(404);
    expect(await counts()).toEqual(before);
    // The tRPC door says the same.
    await expectError(
      server.client({ token: accessToken }).order.createManual.mutate({
        id: formId,
        receiver: {
          receiverName: 'Faisol',
          receiverPhone: '083131412312',
          receiverAddrId: 15022,
          receiverAddress: 'Bukit Kismadani 1',
        },
        items: {
          serviceCode: '00',
          courierCode: 'idx',
          paymentMethod: { type: 'cod' },
          orderItems: [{ itemSku: 'BAT-AA-001-01', itemQty: 1 }],
        },
      } as never),
      'NOT_FOUND',
    );
  });

  it('answers 401 to a token that is invalid or expired, never the public checkout', async () => {
    const before = await counts();
    for (const token of ['not-a-token', `${cs.token.slice(0, -4)}AAAA`]) {
      const res = await server.rest('POST', `/order/${formId}`, { body: body(), token });
      expect(res.status, JSON.stringify(res.body)).toBe(401);
    }
    expect(await counts()).toEqual(before);
  });

  it('stays the public checkout without a token: the rotation handles it, the default warehouse sends it', async () => {
    const res = await server.rest('POST', `/order/${formId}`, { body: body() });
    expect(res.status).toBe(200);
    expect(res.body.data).not.toHaveProperty('invoice');
    expect(res.body.data).not.toHaveProperty('awb');
    const order = await server.db.order.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(order.createdById).toBeNull();
    expect(order.senderWarehouseId).not.toBe(secondWarehouseId);
    // Nobody placed it for the buyer: the timeline's first event has no actor.
    const created = await server.db.orderEvent.findFirstOrThrow({
      where: { orderId: order.id, type: 'created' },
    });
    expect(created.actorUserId).toBeNull();
  });

  it('on tRPC: the owner places a transfer order from the default warehouse, and a retry with its key answers the same order', async () => {
    const owner = server.client({ token: ownerToken });
    const input = {
      id: formId,
      idempotencyKey: `manual-${Date.now()}`,
      receiver: {
        receiverName: 'Siti',
        receiverPhone: '081311112222',
        receiverAddrId: 15022,
        receiverAddress: 'Jl. Melati 3',
        receiverDetail: [],
      },
      items: {
        serviceCode: '00',
        courierCode: 'idx',
        paymentMethod: { type: 'transfer' as const, bank: 'BCA' },
        orderItems: [{ itemSku: 'BAT-AA-001-02', itemQty: 1 }],
      },
    };
    const first = await owner.order.createManual.mutate(input as never);
    expect(first).toMatchObject({ invoice: expect.stringMatching(/^INV/), awb: null, totalPayment: 54_000 });
    const ordersAfterFirst = await server.db.order.count();
    const again = await owner.order.createManual.mutate(input as never);
    expect(again).toEqual(first);
    expect(await server.db.order.count()).toBe(ordersAfterFirst);
    const order = await server.db.order.findFirstOrThrow({ where: { invoice: first.invoice } });
    const ownerMember = await server.db.storeMember.findFirstOrThrow({
      where: { storeId: order.storeId, role: 'owner' },
    });
    expect(order).toMatchObject({ status: 'unpaid', csMemberId: ownerMember.id });
    expect(order.senderWarehouseId).not.toBe(secondWarehouseId);
  });
});

describe('"Atur Pengiriman" prices from the warehouse the seller picks', () => {
  it('two warehouses in different districts give their own rates, and the order keeps the one it left from', async () => {
    const owner = server.client({ token: ownerToken });
    const [home] = (await owner.warehouse.list.query()).filter((w) => w.isDefault);
    const { regionId: destinationId } = await server.db.regionAlias.findUniqueOrThrow({
      where: { id: 15022 },
    });
    // A district far from the buyer's and the default warehouse's (the sandbox prices by the
    // distance between region ids).
    const far = await server.db.region.findFirstOrThrow({
      where: { level: 'district', id: { gt: Math.max(home!.regionId, destinationId) + 10_000 } },
      orderBy: { id: 'asc' },
    });
    const remote = await owner.warehouse.create.mutate({
      name: 'Gudang Timur',
      contactName: 'Yohanes',
      contactPhone: '081288881111',
      regionId: far.id,
      address: 'Jl. Pelabuhan 7',
    });
    const variants = await server.db.variant.findMany({ where: { sku: { in: demoStore.form.skus } } });
    await owner.product.inventory.update.mutate({
      items: variants.map((v) => ({
        variantId: v.id,
        warehouseId: remote.id,
        quantity: 5,
        reason: 'restock' as const,
      })),
    });

    const cart = { formId, regionId: 15022, items: [{ sku: 'BAT-AA-001-01', qty: 1 }] };
    const idxOf = (rates: Array<{ courierCode: string; serviceCode: string; price: number }>) =>
      rates.find((r) => r.courierCode === 'idx' && r.serviceCode === '00')?.price;
    // What the courier charges from each warehouse's own district ("Cek Ongkir" between the two).
    const cekOngkir = async (originId: number) =>
      idxOf(await owner.shipping.rates.query({ originId, destinationId, weight: 1000, courierCode: 'idx' }));
    const expectedHome = await cekOngkir(home!.regionId);
    const expectedRemote = await cekOngkir(far.id);
    expect(expectedRemote).toBeGreaterThan(expectedHome!);

    const fromHome = await owner.order.manualRates.query(cart);
    const fromRemote = await owner.order.manualRates.query({ ...cart, warehouseName: 'gudang timur' });
    expect(idxOf(fromHome.rates)).toBe(expectedHome);
    expect(idxOf(fromRemote.rates)).toBe(expectedRemote);
    expect(idxOf((await owner.order.manualRates.query({ ...cart, warehouseName: home!.name })).rates)).toBe(
      expectedHome,
    );

    // The REST door says the same with a seller token; without one the buyer's checkout never
    // reads `warehouse_name` and prices from the default warehouse.
    const url = `/order/${formId}/rates?region_id=15022&items=BAT-AA-001-01:1&warehouse_name=Gudang%20Timur`;
    const restIdx = (data: unknown) =>
      (data as { rates: Array<{ courier_code: string; service_code: string; price: number }> }).rates.find(
        (r) => r.courier_code === 'idx' && r.service_code === '00',
      )?.price;
    const seller = await server.rest('GET', url, { token: cs.token });
    expect(seller.status, JSON.stringify(seller.body)).toBe(200);
    expect(restIdx(seller.body.data)).toBe(expectedRemote);
    const buyer = await server.rest('GET', url);
    expect(buyer.status).toBe(200);
    expect(restIdx(buyer.body.data)).toBe(expectedHome);

    // The summary and the order are priced from the same warehouse, and the order records it.
    const input = {
      id: formId,
      sender: { warehouseName: 'Gudang Timur' },
      receiver: {
        receiverName: 'Rina',
        receiverPhone: '081344445555',
        receiverAddrId: 15022,
        receiverAddress: 'Jl. Anggrek 8',
      },
      items: {
        serviceCode: '00',
        courierCode: 'idx',
        paymentMethod: { type: 'transfer' as const, bank: 'BCA' },
        orderItems: [{ itemSku: 'BAT-AA-001-01', itemQty: 1 }],
      },
    };
    const quote = await owner.order.quoteManual.query(input);
    expect(quote.shippingCost).toBe(expectedRemote);
    const placed = await owner.order.createManual.mutate(input as never);
    const order = await server.db.order.findFirstOrThrow({ where: { invoice: placed.invoice } });
    expect(order).toMatchObject({
      senderWarehouseId: remote.id,
      shippingCost: expectedRemote,
      total: quote.total,
    });
    const detail = await owner.order.detail.query({ invoice: placed.invoice });
    expect(detail.sender.name).toBe('Gudang Timur');
  });

  it('an unknown warehouse is a 400 on warehouse_name for the rates, as for the order', async () => {
    const res = await server.rest(
      'GET',
      `/order/${formId}/rates?region_id=15022&items=BAT-AA-001-01:1&warehouse_name=Gudang%20Tidak%20Ada`,
      { token: cs.token },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(Object.keys(res.body.errors ?? {})).toEqual(['warehouse_name']);
    const refused = await expectError(
      server.client({ token: cs.token }).order.manualRates.query({
        formId,
        regionId: 15022,
        items: [{ sku: 'BAT-AA-001-01', qty: 1 }],
        warehouseName: 'Nowhere',
      }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(refused))).toEqual(['warehouseName']);
  });
});

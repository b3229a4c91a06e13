import { randomUUID } from 'node:crypto';
import {
  deliveredColumns,
  deliveredMovements,
  hashPassword,
  orderTotal,
  returnedMovements,
} from '@bosonline/api';
import type { Db, OrderStatus, PaymentMethod, Prisma } from '@bosonline/db';
import { regionIdOf } from './demo-store.ts';

// The demo store's order history: the spec's two example orders (INV57123 to edit, INV0821 to
// follow up) and a few hundred varied orders over the last 60 days, so the list, its tabs and the
// recap look like a real store's. Generated from a fixed seed, so every fresh start looks the same.

/**
 * The demo CS team. Rina answers the demo form's orders, with the store's CS number, so the spec's
 * `POST /order/{id}` example still answers `cs_phone` 6289765183712.
 */
export const demoCs = [
  { email: 'cs@bosonline.id', password: 'demo12345', phone: '6289765183712', name: 'Rina (CS)', weight: 2 },
  { email: 'cs2@bosonline.id', password: 'demo12345', phone: '6281200000003', name: 'Dimas (CS)', weight: 1 },
] as const;

/** mulberry32: a tiny deterministic PRNG (the demo must not change between starts; tests draw repeatable filters from it). */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'Putri',
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rudi',
  'Ayu',
  'Joko',
  'Rina',
  'Eko',
  'Lestari',
  'Hendra',
];
const lastNames = ['Santoso', 'Wulandari', 'Pratama', 'Hidayat', 'Saputra', 'Kusuma', 'Nugroho', 'Rahmawati'];
const couriers = [
  { code: 'idx', service: '00' },
  { code: 'jne', service: 'REG' },
  { code: 'sicepat', service: 'REG' },
];
/** Status mix of a store's history: most orders done, a tail still moving. */
const statusMix: Array<[OrderStatus, number]> = [
  ['delivered', 40],
  ['shipped', 15],
  ['ready_to_ship', 10],
  ['processing', 5],
  ['paid', 5],
  ['unpaid', 12],
  ['returned', 4],
  ['canceled', 9],
];

interface SeedOrder {
  invoice: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  buyerName: string;
  buyerPhone: string;
  buyerEmail: string | null;
  regionId: number;
  createdAt: Date;
  lines: Array<{ variantIndex: number; quantity: number }>;
  courier: { code: string; service: string };
  csIndex: number | null;
}

export async function seedDemoOrders(db: Db, storeId: string, now = new Date()): Promise<void> {
  if (await db.order.findFirst({ where: { storeId, invoice: 'INV57123' }, select: { id: true } })) return;
  const [store, variants, form, regions] = await Promise.all([
    db.store.findUniqueOrThrow({ where: { id: storeId }, select: { defaultWarehouseId: true } }),
    db.variant.findMany({
      where: { storeId, deletedAt: null },
      include: { product: { select: { name: true, weightGrams: true } } },
      orderBy: { sku: 'asc' },
    }),
    db.form.findFirst({
      where: { storeId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, items: { select: { variantId: true } } },
    }),
    db.region.findMany({
      where: { level: 'district', code: { startsWith: '35.' } },
      select: { id: true },
      take: 60,
    }),
  ]);
  const warehouseId = store.defaultWarehouseId as string;
  const cs = await Promise.all(
    demoCs.map(async (member) => {
      const user = await db.user.upsert({
        where: { email: member.email },
        update: {},
        create: {
          email: member.email,
          name: member.name,
          phone: member.phone,
          passwordHash: await hashPassword(member.password),
        },
      });
      return db.storeMember.upsert({
        where: { storeId_userId: { storeId, userId: user.id } },
        update: {},
        create: { storeId, userId: user.id, role: 'cs', weight: member.weight },
      });
    }),
  );
  if (form) {
    await db.formStaff.upsert({
      where: { formId_memberId: { formId: form.id, memberId: cs[0]?.id as string } },
      update: {},
      create: { formId: form.id, memberId: cs[0]?.id as string },
    });
  }
  const random = prng(57123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const weightedStatus = (): OrderStatus => {
    let roll = random() * 100;
    for (const [status, weight] of statusMix) {
      roll -= weight;
      if (roll < 0) return status;
    }
    return 'delivered';
  };
  const kopi = variants.findIndex((v) => v.sku === 'BAT-AA-001-01');
  // The orders are the form's: their lines are drawn from what it sells (all products without one).
  const onForm = new Set(form?.items.map((i) => i.variantId));
  const sold = variants.flatMap((v, index) => (onForm.size === 0 || onForm.has(v.id) ? [index] : []));
  const buduran = await regionIdOf(db, 76518);
  const examples: SeedOrder[] = [
    {
      invoice: 'INV57123',
      status: 'unpaid',
      paymentMethod: 'bank_transfer',
      buyerName: 'Nurhadi',
      buyerPhone: '6281765123450',
      buyerEmail: null,
      regionId: await regionIdOf(db, 15022),
      createdAt: new Date(now.getTime() - 2 * 3600_000),
      lines: [{ variantIndex: kopi, quantity: 2 }],
      courier: { code: 'idx', service: '00' },
      csIndex: 0,
    },
    {
      invoice: 'INV0821',
      status: 'unpaid',
      paymentMethod: 'bank_transfer',
      buyerName: 'Siti Rahmawati',
      buyerPhone: '6285712345678',
      buyerEmail: 'siti@example.com',
      regionId: buduran,
      createdAt: new Date(now.getTime() - 26 * 3600_000),
      lines: [{ variantIndex: kopi, quantity: 1 }],
      courier: { code: 'idx', service: '00' },
      csIndex: 1,
    },
  ];
  const history: SeedOrder[] = Array.from({ length: 300 }, (_, i) => {
    const status = weightedStatus();
    const lineCount = 1 + Math.floor(random() * 3);
    return {
      invoice: `INV${i + 1}`,
      status,
      paymentMethod: random() < 0.7 ? 'cod' : 'bank_transfer',
      buyerName: `${pick(firstNames)} ${pick(lastNames)}`,
      buyerPhone: `628${String(1_100_000_000 + Math.floor(random() * 800_000_000))}`,
      buyerEmail: null,
      regionId: pick(regions).id,
      createdAt: new Date(now.getTime() - Math.floor(random() * 60 * 24 * 3600_000)),
      lines: Array.from({ length: lineCount }, () => ({
        variantIndex: pick(sold),
        quantity: 1 + Math.floor(random() * 3),
      })),
      courier: pick(couriers),
      csIndex: random() < 0.9 ? Math.floor(random() * cs.length) : null,
    };
  });
  // COD orders never wait for payment: an "unpaid" COD draw is a transfer order.
  for (const order of history) if (order.status === 'unpaid') order.paymentMethod = 'bank_transfer';

  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const events: Prisma.OrderEventCreateManyInput[] = [];
  const bosPay: Prisma.BosPayEntryCreateManyInput[] = [];
  for (const seed of [...examples, ...history]) {
    const id = randomUUID();
    const lines = new Map<number, number>();
    for (const line of seed.lines)
      lines.set(line.variantIndex, (lines.get(line.variantIndex) ?? 0) + line.quantity);
    let itemsTotal = 0;
    let weightGrams = 0;
    for (const [index, quantity] of lines) {
      const variant = variants[index];
      if (!variant) continue;
      const weight = variant.weightGrams ?? variant.product.weightGrams;
      itemsTotal += variant.price * quantity;
      weightGrams += weight * quantity;
      items.push({
        orderId: id,
        storeId,
        variantId: variant.id,
        warehouseId,
        sku: variant.sku,
        productName: variant.product.name,
        variantName: variant.name,
        price: variant.price,
        quantity,
        weightGrams: weight,
      });
    }
    const cod = seed.paymentMethod === 'cod';
    const amounts = {
      itemsTotal,
      shippingCost: 9_000 + 1_000 * Math.ceil(weightGrams / 1000),
      codFee: cod ? Math.ceil(itemsTotal * 0.03) : 0,
      insuranceFee: 0,
      otherFeesTotal: 0,
      productDiscount: 0,
      shippingDiscount: 0,
    };
    // Each step some hours after the order, but never after the seed's now: a recent order's later
    // steps all land at now (still in order), so nothing reads as happening in the future.
    const at = (hours: number) =>
      new Date(Math.min(seed.createdAt.getTime() + hours * 3600_000, now.getTime()));
    const paid = !cod && !['unpaid', 'canceled'].includes(seed.status);
    const booked = ['ready_to_ship', 'shipped', 'delivered', 'returned'].includes(seed.status);
    const shipped = ['shipped', 'delivered', 'returned'].includes(seed.status);
    orders.push({
      id,
      storeId,
      formId: form?.id ?? null,
      invoice: seed.invoice,
      status: seed.status,
      paymentMethod: seed.paymentMethod,
      buyerName: seed.buyerName,
      buyerPhone: seed.buyerPhone,
      buyerEmail: seed.buyerEmail,
      regionId: seed.regionId,
      address: `Jl. Melati No. ${1 + (seed.buyerPhone.charCodeAt(8) % 90)}`,
      senderWarehouseId: warehouseId,
      courierCode: seed.courier.code,
      serviceCode: seed.courier.service,
      weightGrams,
      itemCount: [...lines.values()].reduce((sum, q) => sum + q, 0),
      ...amounts,
      total: orderTotal(amounts),
      csMemberId: seed.csIndex === null ? null : (cs[seed.csIndex]?.id ?? null),
      awb: booked ? `${seed.courier.code.toUpperCase()}${seed.invoice.slice(3).padStart(10, '0')}` : null,
      shipmentRef: booked ? `DEMO-${seed.invoice}` : null,
      bookedAt: booked ? at(20) : null,
      paidAt: paid ? at(3) : null,
      paidAmount: paid ? orderTotal(amounts) : null,
      shippedAt: shipped ? at(30) : null,
      // A delivered COD order was paid to the courier then, as a live delivery records it.
      ...(seed.status === 'delivered'
        ? deliveredColumns(
            { paymentMethod: seed.paymentMethod, paidAt: paid ? at(3) : null, total: orderTotal(amounts) },
            at(80),
          )
        : { deliveredAt: null }),
      returnedAt: seed.status === 'returned' ? at(120) : null,
      canceledAt: seed.status === 'canceled' ? at(24) : null,
      cancelReason: seed.status === 'canceled' ? 'Pembeli membatalkan' : null,
      createdAt: seed.createdAt,
      updatedAt: seed.createdAt,
    });
    events.push({
      orderId: id,
      storeId,
      type: 'created',
      toStatus: cod ? 'booking' : 'unpaid',
      createdAt: seed.createdAt,
    });
    // What the courier remitted or charged for the parcels that ended, as the BosCOD webhook writes it.
    const order = {
      id,
      storeId,
      invoice: seed.invoice,
      paymentMethod: seed.paymentMethod,
      total: orderTotal(amounts),
      downPayment: null,
      downPaymentPaidAt: null,
      ...amounts,
    };
    const ended =
      seed.status === 'delivered'
        ? { at: at(80), movements: deliveredMovements(order) }
        : seed.status === 'returned'
          ? { at: at(120), movements: returnedMovements(order) }
          : null;
    for (const m of ended?.movements ?? []) {
      if (m.amount !== 0) bosPay.push({ ...m, createdAt: ended?.at });
    }
    if (seed.status !== 'unpaid') {
      events.push({
        orderId: id,
        storeId,
        type: 'seeded',
        fromStatus: cod ? 'booking' : 'unpaid',
        toStatus: seed.status,
        createdAt: at(1),
      });
    }
  }
  await db.$transaction([
    db.order.createMany({ data: orders }),
    db.orderItem.createMany({ data: items }),
    db.orderEvent.createMany({ data: events }),
    db.bosPayEntry.createMany({ data: bosPay }),
    // New orders continue after the example invoice numbers.
    db.$executeRaw`
      INSERT INTO "InvoiceCounter" ("storeId", "last") VALUES (${storeId}::uuid, 57123)
      ON CONFLICT ("storeId") DO UPDATE SET "last" = GREATEST("InvoiceCounter"."last", 57123)`,
  ]);
}

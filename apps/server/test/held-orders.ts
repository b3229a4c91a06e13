import type { RiskPolicy } from '@bosonline/contracts';
import { expect } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { checkoutBody } from './demo-orders.ts';
import { newSeller, type TestServer } from './harness.ts';

// The set-up of the COD risk tests (risk.test.ts, down-payment.test.ts): a fresh store whose COD
// form may hold risky orders, a buyer ordering through the public door, and the WhatsApp message
// the hold sent them.

let serial = 0;

/**
 * A new store with one bank account, selling Kopi Arabica (10 units) on a COD form with
 * `riskPolicy` (the form's default when left out).
 */
export async function heldOrderShop(server: TestServer, riskPolicy?: Partial<RiskPolicy>) {
  serial += 1;
  const tokens = await server.client().auth.register.mutate(newSeller());
  const client = server.client({ token: tokens.accessToken, refreshToken: tokens.refreshToken });
  const storeId = (await client.profile.me.query()).store?.id as string;
  const warehouse = await warehouseOf(server, storeId);
  const product = await client.product.create.mutate(kopiArabica(warehouse.id, `HELD-${serial}`));
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const accountNumber = `80077${String(serial).padStart(5, '0')}`;
  const account = await client.bankAccount.create.mutate({
    bankCode: 'BCA',
    accountNumber,
    accountHolder: `Toko Uji ${serial}`,
  });
  const form = await client.form.create.mutate({
    name: `Kopi Uji ${serial}`,
    paymentMethods: ['cod'],
    couriers: [{ code: 'idx', services: ['00'] }],
    items: [{ variantId: variant.id }],
    ...(riskPolicy ? { riskPolicy: riskPolicy as RiskPolicy } : {}),
  });
  const stock = async () =>
    (await server.db.stock.findFirstOrThrow({ where: { variantId: variant.id } })).quantity;
  return { client, token: tokens.accessToken, form, sku: variant.sku, stock, account, accountNumber };
}
export type HeldOrderShop = Awaited<ReturnType<typeof heldOrderShop>>;

/**
 * A buyer orders one unit by COD through the public REST door (to Kampar's Sumber Makmur unless
 * `addrId` says); answers the invoice. With an
 * idempotency key, the buyer's page can ask for its receipt after.
 */
export async function orderCod(
  server: TestServer,
  s: HeldOrderShop,
  phone: string,
  options: { buyerName?: string; idempotencyKey?: string | undefined; addrId?: number } = {},
) {
  const body = checkoutBody(options.buyerName ?? 'Pembeli Uji', phone, s.sku, 1, { payment: 'cod' });
  if (options.addrId) body.receiver.receiver_addr_id = options.addrId;
  const res = await server.rest('POST', `/order/${s.form.id}`, {
    body,
    ...(options.idempotencyKey ? { headers: { 'Idempotency-Key': options.idempotencyKey } } : {}),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const page = await s.client.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

/** The last WhatsApp message of this template sent to this phone, with its hold link's token. */
export function lastHoldMessage(
  server: TestServer,
  phone: string,
  template: 'order_confirm_cod' | 'order_down_payment',
) {
  const message = server.messaging.sent
    .filter((m) => m.to === `62${phone.slice(1)}` && m.template === template)
    .at(-1);
  if (!message) throw new Error(`no ${template} message to ${phone}`);
  return { ...message, token: message.params.at(-1) as string };
}

/**
 * Runs the test clock to a minute before a hold of `hours` ends (the order still waits), then to
 * its end, running the due jobs each time; answers the order as it then stands.
 */
export async function runOutHold(server: TestServer, s: HeldOrderShop, invoice: string, hours: number) {
  server.clock.advance(hours * 3_600_000 - 60_000);
  await server.runJobs();
  expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
  server.clock.advance(60_000);
  await server.runJobs();
  return s.client.order.detail.query({ invoice });
}

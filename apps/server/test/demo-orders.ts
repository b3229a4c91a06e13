import { expect } from 'vitest';
import type { TestServer } from './harness.ts';

export const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';

/**
 * The public checkout's body (`POST /order/{formId}`): one line, shipped to Kampar with ID Express,
 * paid by transfer to BCA unless `cod`.
 */
export function checkoutBody(
  buyerName: string,
  phone: string,
  sku = 'BAT-AA-001-01',
  qty = 2,
  options: { payment?: 'transfer' | 'cod'; voucher?: string } = {},
) {
  return {
    receiver: {
      receiver_name: buyerName,
      receiver_phone: phone,
      receiver_addr_id: 15022,
      receiver_address: 'Jl. Uji 1',
    },
    items: {
      service_code: '00',
      courier_code: 'idx',
      payment_method:
        options.payment === 'cod' ? { type: 'cod', bank: null } : { type: 'transfer', bank: 'BCA' },
      discount_voucher_code: options.voucher ?? null,
      order_items: [{ item_sku: sku, item_qty: qty }],
    },
  };
}

/**
 * A fresh unpaid transfer order of the demo store, placed through the public checkout (2 × Gayo to
 * Kampar with ID Express), found again by the buyer's phone with the demo seller's client.
 */
export async function newTransferOrder(
  server: TestServer,
  seller: ReturnType<TestServer['client']>,
  phone = '081311112222',
  buyerName = 'Pembeli Uji',
): Promise<string> {
  const res = await server.rest('POST', `/order/${demoFormId}`, { body: checkoutBody(buyerName, phone) });
  expect(res.status).toBe(200);
  const page = await seller.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

// What bench/sdk-types.ts type-checks: 45 lines of a seller's back office and a checkout, copied
// into a project that has nothing but the packed SDK installed.
import { type BosClient, createBosClient, fieldErrors, isBosError } from '@bosonline/sdk';

const bos: BosClient = createBosClient({ url: 'http://localhost:3000' });

export async function backOffice(warehouseId: string) {
  await bos.auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  const me = await bos.profile.me.query();
  const page = await bos.order.list.query({ status: 'unpaid', limit: 50 });
  const first = page.items[0];
  const detail = first ? await bos.order.detail.query({ invoice: first.invoice }) : null;
  const created: Date | undefined = detail?.createdAt;
  const product = await bos.product.create.mutate({
    sku: 'KOPI-01',
    name: 'Kopi Arabica',
    weightGrams: 250,
    variants: [
      { sku: 'KOPI-01-250', price: 45_000, stock: [{ warehouseId, quantity: 10 }] },
      { sku: 'KOPI-01-500', price: 85_000, stock: [{ warehouseId, quantity: 5 }] },
    ],
  });
  const stock: number = product.variants[0]!.totalStock;
  const warehouses = await bos.warehouse.list.query();
  const wrong = { sku: 'X', name: 'X', weightGrams: 1, variants: [{ sku: 'X', price: '45.000' }] };
  // @ts-expect-error prices are whole rupiah numbers, not strings
  await bos.product.create.mutate(wrong);
  return { me, created, stock, warehouses };
}

export async function checkout(formId: string) {
  const form = await bos.checkout.loadForm.query({ formId });
  const [district] = await bos.region.search.query({ q: 'Buduran', level: 'district' });
  const cart = [{ sku: form.items[0]!.sku, qty: 1 }];
  const { rates } = await bos.checkout.estimateRates.query({ formId, regionId: district!.id, items: cart });
  const items = {
    courierCode: rates[0]!.courierCode,
    serviceCode: rates[0]!.serviceCode,
    paymentMethod: { type: 'cod' as const },
    orderItems: cart.map((line) => ({ itemSku: line.sku, itemQty: line.qty })),
  };
  const receiver = { receiverAddrId: district!.id };
  try {
    return (await bos.checkout.quote.query({ id: formId, receiver, items })).total;
  } catch (error) {
    if (isBosError(error, 'BAD_REQUEST')) return fieldErrors(error);
    throw error;
  }
}

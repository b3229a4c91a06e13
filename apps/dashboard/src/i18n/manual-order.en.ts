import type { manualOrderId } from './manual-order.id.ts';

// The English words of "Atur Pengiriman" (routes/orders/new.tsx); same shape as manual-order.id.ts.

export const manualOrderEn: typeof manualOrderId = {
  open: 'Arrange shipment',
  title: 'Place an order for a buyer',
  intro: 'For orders that came in by chat or phone. You become the CS handling this order.',
  form: 'Form',
  formPlaceholder: 'Choose a form',
  noForms: 'No active form yet. Create one under Forms first.',
  buyer: 'Buyer',
  buyerName: 'Buyer name',
  buyerPhone: 'Buyer phone',
  region: 'District / subdistrict',
  address: 'Full address',
  items: 'Items',
  quantity: (name: string) => `Quantity of ${name}`,
  outOfStock: 'Out of stock',
  noItems: 'Enter a quantity for at least one item.',
  payment: 'Payment method',
  shipping: 'Shipping',
  warehouse: 'Ship from warehouse',
  service: 'Courier & service',
  servicePlaceholder: 'Choose a service',
  needCart: 'Choose the address and items first to see shipping rates.',
  noRates: 'No courier service of this form delivers to this address.',
  rate: (courier: string, service: string, price: string, etd: string) =>
    `${courier} ${service} · ${price}${etd ? ` · ${etd} days` : ''}`,
  insured: 'Insure the parcel',
  note: 'Note',
  total: 'Total the buyer pays',
  totalPending: 'The total shows once address, items and service are chosen.',
  defaultWarehouseHint:
    'Prices in the service list are from the default warehouse; the total below is from this one.',
  submit: 'Place order',
  created: (invoice: string) => `Order ${invoice} placed.`,
  createdWithAwb: (invoice: string, awb: string) => `Order ${invoice} placed, AWB ${awb}.`,
  unavailable: 'The courier cannot be reached just now; no order was placed. Try again shortly.',
  placedBy: (name: string) => `Placed manually by ${name}`,
};

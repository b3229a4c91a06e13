import { createOrderMessage } from '@bosonline/contracts';
import { restRoutes } from '../../rest/route.ts';

const tag = 'Order';

// The spec writes these paths `/order/{id}/…`; the placeholder is named `form_id` here because it
// is the form's UUID and the procedures' `formId` (same URLs, and /openapi.json says what it is).

/**
 * A query string carries one value per key, so the cart of `GET /order/{form_id}/rates` travels in
 * `items`, as JSON or as `sku:qty,sku:qty`. Anything else reaches the schema as it came and is
 * refused there with a message on `items`.
 */
export function cartParam(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return value;
    }
  }
  return text
    .split(',')
    .filter((part) => part.trim())
    .map((part) => {
      const cut = part.lastIndexOf(':');
      return cut < 0
        ? { sku: part.trim(), qty: 1 }
        : { sku: part.slice(0, cut).trim(), qty: part.slice(cut + 1).trim() };
    });
}

export const checkoutRest = restRoutes([
  {
    method: 'POST',
    path: '/order/{id}',
    procedure: 'checkout.createOrder',
    withToken: 'order.createManual',
    summary:
      'Request Create Order ({id} = form UUID; Idempotency-Key header makes retries safe). With a seller token: "Atur Pengiriman", placed for the buyer by the caller, sent from `sender.warehouse_name`, answering also `invoice` and `awb`',
    tag,
    message: createOrderMessage,
  },
  {
    method: 'GET',
    path: '/order/validation-wa',
    procedure: 'checkout.validateWhatsapp',
    summary: 'Validation Number WA (`?phone=&form_id=`; answers are cached for 7 days)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/order/{form_id}/form',
    procedure: 'checkout.loadForm',
    summary: 'Load checkout Form',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/order/{form_id}/courier',
    procedure: 'checkout.couriers',
    summary: "Courier List (the form's couriers and services, with COD support)",
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/order/{form_id}/rates',
    procedure: 'checkout.estimateRates',
    withToken: 'order.manualRates',
    summary:
      'Estimation Rates (`?region_id=&items=SKU:qty,SKU:qty&cod=`; `items` may also be JSON `[{"sku","qty"}]`). With a seller token ("Atur Pengiriman"): priced from `?warehouse_name=`, else the default warehouse',
    tag,
    message: 'Success',
    input: (req) => ({ ...req.query, ...req.params, items: cartParam(req.query.items) }),
  },
  {
    method: 'GET',
    path: '/order/{form_id}/voucher',
    procedure: 'checkout.listVouchers',
    summary: 'List Voucher Checkout of a form (`?subtotal=&shipping_cost=&buyer_phone=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/order/{form_id}/abandoned',
    procedure: 'checkout.saveAbandoned',
    summary: 'Request Create Order Abandoned (upsert by form and phone: `phone`, `name`, `data`)',
    tag,
    message: 'Success',
  },
]);

import type { Copy } from '../i18n.ts';

// The server reports problems per input path (`receiver.receiverPhone`); the page shows them
// next to the control the buyer can fix. One table maps the first to the second.

const fieldByPath: [RegExp, string][] = [
  [/^receiver\.receiverName/, 'name'],
  [/^receiver\.receiverPhone/, 'phone'],
  [/^receiver\.receiverAddrId/, 'region'],
  [/^receiver\.receiverAddress/, 'address'],
  [/^receiver\.receiverDetail\.(\w+)/, 'custom.$1'],
  [/^items\.(courierCode|serviceCode)/, 'shipping'],
  [/^items\.paymentMethod/, 'payment'],
  [/^items\.insuranceType/, 'shipping'],
  [/^items\.(discountVoucherCode|deliveryVoucherCode)/, 'voucher'],
  [/^items\.orderItems/, 'items'],
  [/^items\.note/, 'note'],
];

/** The widget field a server path belongs to; `form` for anything with no field of its own. */
export function fieldOf(path: string): string {
  for (const [pattern, field] of fieldByPath) {
    const match = pattern.exec(path);
    if (match) return field.replace('$1', match[1] ?? '');
  }
  return 'form';
}

/** One message per widget field: the page's own words where it has them, else the server's. */
export function errorsByField(fieldErrors: Record<string, string[]>, copy: Copy): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const field = fieldOf(path);
    out[field] ??= copy.fieldMessages[field] ?? messages[0] ?? '';
  }
  return out;
}

/** The order controls appear in, for focusing the first one that needs fixing. */
export const fieldOrder = [
  'items',
  'name',
  'phone',
  'custom',
  'region',
  'address',
  'shipping',
  'payment',
  'voucher',
  'note',
];

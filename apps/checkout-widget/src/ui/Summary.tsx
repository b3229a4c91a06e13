import { type CheckoutQuoteView, formatRupiah } from '@bosonline/contracts';
import type { Copy } from '../i18n.ts';

type Charges = Omit<CheckoutQuoteView, 'weightGrams' | 'insured' | 'lines'> & { otherFeesTotal?: number };

/**
 * The server's own figures for this order: what the buyer sees is what the order will charge
 * (before ordering, from the quote) or charges (after, from the receipt, with its `lines`).
 */
export function Summary(props: {
  quote: Charges | null;
  /** New figures are on their way: these are for the previous choices. */
  pending: boolean;
  subtotal: number;
  lines?: CheckoutQuoteView['lines'];
  copy: Copy;
}) {
  const { quote, copy } = props;
  const rows: [string, number, boolean?][] = quote
    ? [
        ...(props.lines ?? []).map(
          (line) =>
            [`${line.productName} – ${line.variantName} × ${line.quantity}`, line.price * line.quantity] as [
              string,
              number,
            ],
        ),
        ...(props.lines ? [] : [[copy.itemsTotal, quote.itemsTotal] as [string, number]]),
        [copy.shippingCost, quote.shippingCost],
        ...(quote.codFee ? [[copy.codFee, quote.codFee] as [string, number]] : []),
        ...(quote.insuranceFee ? [[copy.insuranceFee, quote.insuranceFee] as [string, number]] : []),
        ...(quote.productDiscount
          ? [[copy.productDiscount, -quote.productDiscount, true] as [string, number, boolean]]
          : []),
        ...(quote.shippingDiscount
          ? [[copy.shippingDiscount, -quote.shippingDiscount, true] as [string, number, boolean]]
          : []),
        ...(quote.otherFeesTotal ? [[copy.otherFees, quote.otherFeesTotal] as [string, number]] : []),
      ]
    : [[copy.itemsTotal, props.subtotal]];
  return (
    <section
      class={`summary${props.pending ? ' pending' : ''}`}
      aria-labelledby="bos-summary-title"
      aria-busy={props.pending}
    >
      <h2 id="bos-summary-title">{copy.summary}</h2>
      {rows.map(([label, amount, discount]) => (
        <div class={`row${discount ? ' discount' : ''}`} key={label}>
          <span>{label}</span>
          <span>{formatRupiah(amount)}</span>
        </div>
      ))}
      <div class="row total" aria-live="polite">
        <span>{copy.total}</span>
        <span data-testid="total" data-pending={props.pending || undefined}>
          {quote ? formatRupiah(quote.total) : '–'}
        </span>
      </div>
    </section>
  );
}

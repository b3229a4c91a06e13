import type { CheckoutFormView } from '@bosonline/contracts';
import { formatRupiah } from '@bosonline/contracts';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

const maxQty = 1000;

/** The form's products with quantity steppers; sold-out variants are shown but cannot be picked. */
export function Products(props: {
  form: CheckoutFormView;
  qty: Record<string, number>;
  subtotal: number;
  error?: string;
  copy: Copy;
  onQty: (sku: string, qty: number) => void;
}) {
  const { form, qty, copy } = props;
  const single = form.items.length === 1;
  return (
    <fieldset id="bos-items" aria-describedby={props.error ? 'bos-items-error' : undefined}>
      <legend>{copy.products}</legend>
      {form.items.map((item) => {
        const count = qty[item.sku] ?? 0;
        const title = single ? item.productName : `${item.productName} – ${item.variantName}`;
        const set = (n: number) => props.onQty(item.sku, Math.max(0, Math.min(maxQty, Math.floor(n) || 0)));
        return (
          <div class="item" key={item.sku}>
            {item.imageUrl ? <img src={item.imageUrl} alt="" loading="lazy" /> : <div class="noimg" />}
            <div>
              <div class="name">{title}</div>
              <div>
                <span class="price">{formatRupiah(item.price)}</span>
                {item.compareAtPrice && <s>{formatRupiah(item.compareAtPrice)}</s>}
              </div>
              {!item.inStock && <div class="error">{copy.soldOut}</div>}
            </div>
            <div class="stepper">
              <button
                type="button"
                aria-label={`${copy.decrease} ${title}`}
                disabled={!item.inStock || count === 0}
                onClick={() => set(count - 1)}
              >
                −
              </button>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={maxQty}
                value={count}
                disabled={!item.inStock}
                aria-label={copy.quantityOf(title)}
                onInput={(e) => set(Number(e.currentTarget.value))}
              />
              <button
                type="button"
                aria-label={`${copy.increase} ${title}`}
                disabled={!item.inStock || count >= maxQty}
                onClick={() => set(count + 1)}
              >
                +
              </button>
            </div>
          </div>
        );
      })}
      <div class="row">
        <span>{copy.subtotal}</span>
        <span class="price" aria-live="polite">
          {formatRupiah(props.subtotal)}
        </span>
      </div>
      <FieldError id="bos-items-error" error={props.error} />
    </fieldset>
  );
}

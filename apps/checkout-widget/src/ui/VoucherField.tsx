import type { CheckoutVoucherView } from '@bosonline/contracts';
import { useState } from 'preact/hooks';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

/** A code the buyer types, or one of the store's vouchers that fit this cart, tapped. */
export function VoucherField(props: {
  applied: string | null;
  offers: CheckoutVoucherView[];
  error?: string;
  copy: Copy;
  onApply: (code: string) => void;
  onRemove: () => void;
}) {
  const { copy } = props;
  const [code, setCode] = useState('');
  if (props.applied) {
    return (
      <section>
        <div class="chosen">
          <span class="ok">✓ {copy.voucherApplied(props.applied)}</span>
          <button type="button" onClick={props.onRemove}>
            {copy.voucherRemove}
          </button>
        </div>
      </section>
    );
  }
  const apply = () => code.trim() && props.onApply(code.trim().toUpperCase());
  return (
    <section>
      <label for="bos-voucher">{copy.voucher}</label>
      <div class="voucher">
        <input
          id="bos-voucher"
          value={code}
          autocomplete="off"
          aria-invalid={!!props.error}
          aria-describedby={props.error ? 'bos-voucher-error' : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            apply();
          }}
        />
        <button type="button" onClick={apply}>
          {copy.voucherApply}
        </button>
      </div>
      {props.offers.length > 0 && (
        <div class="chips">
          {props.offers.map((offer) => (
            <button type="button" key={offer.id} title={offer.name} onClick={() => props.onApply(offer.code)}>
              {offer.code}
            </button>
          ))}
        </div>
      )}
      <FieldError id="bos-voucher-error" error={props.error} />
    </section>
  );
}

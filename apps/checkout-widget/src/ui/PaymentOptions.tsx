import type { FormPaymentMethod } from '@bosonline/contracts';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

export function PaymentOptions(props: {
  methods: FormPaymentMethod[];
  selected: FormPaymentMethod | null;
  error?: string;
  copy: Copy;
  onSelect: (method: FormPaymentMethod) => void;
}) {
  const { copy } = props;
  return (
    <fieldset id="bos-payment" tabIndex={-1} aria-describedby={props.error ? 'bos-payment-error' : undefined}>
      <legend>{copy.payment}</legend>
      <div class="options">
        {props.methods.map((method) => (
          <label key={method} class={`option${method === props.selected ? ' selected' : ''}`}>
            <input
              type="radio"
              name="bos-payment"
              value={method}
              checked={method === props.selected}
              onChange={() => props.onSelect(method)}
            />
            <span class="grow">{copy.methods[method]}</span>
          </label>
        ))}
      </div>
      <FieldError id="bos-payment-error" error={props.error} />
    </fieldset>
  );
}

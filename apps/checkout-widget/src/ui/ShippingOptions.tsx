import {
  type EstimateRatesView,
  type FormInsurance,
  type FormPaymentMethod,
  formatRupiah,
} from '@bosonline/contracts';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

export type RatesState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; rates: EstimateRatesView['rates'] }
  | { state: 'failed'; message: string };

export const rateKey = (rate: { courierCode: string; serviceCode: string }) =>
  `${rate.courierCode}:${rate.serviceCode}`;

/**
 * The rate to have chosen after the rates or the payment method change: the buyer's choice while it
 * is still offered for this payment, else the first that is (rates come cheapest first), else none.
 */
export function pickRate(
  rates: EstimateRatesView['rates'],
  payment: FormPaymentMethod | null,
  current: string | null,
): string | null {
  const usable = rates.filter((r) => payment !== 'cod' || r.cod);
  if (usable.some((r) => rateKey(r) === current)) return current;
  return usable[0] ? rateKey(usable[0]) : null;
}

/** Couriers with price and ETA for the buyer's district; without COD when the buyer pays by COD. */
export function ShippingOptions(props: {
  rates: RatesState;
  selected: string | null;
  cod: boolean;
  insurance: FormInsurance;
  insured: boolean;
  error?: string;
  copy: Copy;
  onSelect: (key: string) => void;
  onInsured: (insured: boolean) => void;
  onRetry: () => void;
}) {
  const { copy, rates } = props;
  const chosen = rates.state === 'ready' ? rates.rates.find((r) => rateKey(r) === props.selected) : undefined;
  return (
    <fieldset
      id="bos-shipping"
      tabIndex={-1}
      aria-describedby={props.error ? 'bos-shipping-error' : undefined}
    >
      <legend>{copy.shipping}</legend>
      {rates.state === 'idle' && <p class="muted">{copy.shippingPickRegion}</p>}
      {rates.state === 'loading' && (
        <p class="muted" aria-live="polite">
          {copy.shippingLoading}
        </p>
      )}
      {rates.state === 'failed' && (
        <div class="banner" role="alert">
          {rates.message}
          <div>
            <button type="button" onClick={props.onRetry}>
              {copy.retry}
            </button>
          </div>
        </div>
      )}
      {rates.state === 'ready' && rates.rates.length === 0 && <p class="muted">{copy.shippingNone}</p>}
      {rates.state === 'ready' && rates.rates.length > 0 && (
        <div class="options">
          {rates.rates.map((rate) => {
            const key = rateKey(rate);
            const disabled = props.cod && !rate.cod;
            return (
              <label
                key={key}
                class={`option${key === props.selected ? ' selected' : ''}${disabled ? ' disabled' : ''}`}
              >
                <input
                  type="radio"
                  name="bos-rate"
                  value={key}
                  checked={key === props.selected}
                  disabled={disabled}
                  onChange={() => props.onSelect(key)}
                />
                <span class="grow">
                  <strong>
                    {rate.courierName} {rate.serviceName}
                  </strong>
                  <br />
                  <span class="muted">
                    {copy.days(rate.etd)}
                    {disabled ? ` · ${copy.codOnly}` : ''}
                  </span>
                </span>
                <span class="price">{formatRupiah(rate.price)}</span>
              </label>
            );
          })}
        </div>
      )}
      {props.insurance.mode === 'optional' && chosen && (
        <label class="check">
          <input
            type="checkbox"
            checked={props.insured}
            onChange={(e) => props.onInsured(e.currentTarget.checked)}
          />
          {copy.insurance(formatRupiah(chosen.insuranceFee))}
        </label>
      )}
      <FieldError id="bos-shipping-error" error={props.error} />
    </fieldset>
  );
}

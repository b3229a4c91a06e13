import type {
  CheckoutFormView,
  CheckoutQuoteView,
  CheckoutVoucherView,
  CreateOrderOutput,
  FormPaymentMethod,
} from '@bosonline/contracts';
import { formatRupiah } from '@bosonline/contracts';
import { fieldErrors, isBosError } from '@bosonline/sdk';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { deviceId } from '../checkout/device.ts';
import {
  abandonedDataOf,
  cartOf,
  type Draft,
  initialDraft,
  orderInputOf,
  quoteInputOf,
  subtotalOf,
} from '../checkout/draft.ts';
import { errorsByField, fieldOrder } from '../checkout/fields.ts';
import type { Copy } from '../i18n.ts';
import { createPixels } from '../pixels.ts';
import { BuyerFields, type WhatsappCheck } from './BuyerFields.tsx';
import { Field } from './Field.tsx';
import { PaymentOptions } from './PaymentOptions.tsx';
import { Products } from './Products.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { pickRate, type RatesState, rateKey, ShippingOptions } from './ShippingOptions.tsx';
import { Success } from './Success.tsx';
import { Summary } from './Summary.tsx';
import { VoucherField } from './VoucherField.tsx';

type Submit =
  | { state: 'idle' }
  | { state: 'submitting' }
  | { state: 'failed'; message: string; retry: boolean }
  | { state: 'done'; answer: CreateOrderOutput };

const quoteDebounceMs = 200;
const newKey = () => crypto.randomUUID();
const looksLikePhone = (phone: string) => phone.replace(/\D/g, '').length >= 9;

/**
 * Whether the refused order's banner has said its piece: a banner about fields goes once the last
 * of them is fixed; one about the service or the connection (or with no field of its own, `form`)
 * goes at the buyer's next edit, since they will order again anyway.
 */
function bannerDone(submit: Extract<Submit, { state: 'failed' }>, errorsLeft: Record<string, string>) {
  return submit.retry || !Object.keys(errorsLeft).some((field) => field !== 'form');
}

/** A failure the buyer can do nothing about but wait and try again (the order was not placed). */
function transient(error: unknown) {
  return (
    !isBosError(error) || isBosError(error, 'SERVICE_UNAVAILABLE') || isBosError(error, 'TOO_MANY_REQUESTS')
  );
}

export function OrderForm(props: { api: Api; form: CheckoutFormView; copy: Copy }) {
  const { api, form, copy } = props;
  const { client } = api;
  const [draft, setDraft] = useState<Draft>(() => initialDraft(form));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [whatsapp, setWhatsapp] = useState<WhatsappCheck>('idle');
  const [rates, setRates] = useState<RatesState>({ state: 'idle' });
  const [ratesAsked, setRatesAsked] = useState(0);
  const [quote, setQuote] = useState<CheckoutQuoteView | null>(null);
  // A summary is on its way: the figures shown are for the previous choices.
  const [quoting, setQuoting] = useState(false);
  const [offers, setOffers] = useState<CheckoutVoucherView[]>([]);
  const [submit, setSubmit] = useState<Submit>({ state: 'idle' });
  const root = useRef<HTMLDivElement>(null);
  // One key per order the buyer means to place: a retry after a failure reuses it, so the
  // server answers with the first order instead of placing a second one.
  const idempotencyKey = useRef(newKey());
  // The Purchase's event id, fired by the browser pixel and sent with the order (the server's
  // conversion event repeats it, so the ad platforms count the purchase once).
  const eventId = useRef(newKey());
  const latest = useRef({ draft, ordered: false, saved: '' });
  latest.current.draft = draft;

  const pixel = useMemo(() => createPixels(form.pixels), [form.pixels]);
  const subtotal = subtotalOf(form, draft);
  const cart = cartOf(draft);
  const cartKey = JSON.stringify(cart);

  const update = (change: Partial<Draft>, clears: string[] = []) => {
    pixel('InitiateCheckout', { value: subtotal, currency: 'IDR' });
    setDraft((d) => ({ ...d, ...change }));
    const left = Object.fromEntries(Object.entries(errors).filter(([field]) => !clears.includes(field)));
    if (Object.keys(left).length < Object.keys(errors).length) setErrors(left);
    if (submit.state === 'failed' && bannerDone(submit, left)) setSubmit({ state: 'idle' });
  };

  // Delivery prices for the district and cart (the weight decides them).
  useEffect(() => {
    if (!draft.region || cart.length === 0) {
      setRates({ state: 'idle' });
      return;
    }
    let current = true;
    setRates({ state: 'loading' });
    client.checkout.estimateRates.query({ formId: form.id, regionId: draft.region.id, items: cart }).then(
      (answer) => {
        if (!current) return;
        setRates({ state: 'ready', rates: answer.rates });
        setDraft((d) => {
          const rate = pickRate(answer.rates, d.payment, d.rate);
          return rate === d.rate ? d : { ...d, rate };
        });
      },
      (error: unknown) =>
        current &&
        setRates({
          state: 'failed',
          message: transient(error) ? copy.unavailable : (error as Error).message,
        }),
    );
    return () => {
      current = false;
    };
  }, [draft.region?.id, cartKey, ratesAsked]);

  // The server's summary of exactly this order.
  const quoteInput = quoteInputOf(form.id, draft);
  const quoteKey = JSON.stringify(quoteInput);
  useEffect(() => {
    if (!quoteInput) {
      setQuote(null);
      setQuoting(false);
      return;
    }
    let current = true;
    setQuoting(true);
    const timer = setTimeout(() => {
      client.checkout.quote.query(quoteInput).then(
        (answer) => {
          if (!current) return;
          setQuote(answer);
          setQuoting(false);
        },
        (error: unknown) => {
          if (!current) return;
          setQuote(null);
          setQuoting(false);
          const voucherError = errorsByField(fieldErrors(error), copy).voucher;
          const voucher = draft.voucher;
          if (voucherError && voucher?.guessed && voucher.kind === 'product') {
            setDraft((d) => ({ ...d, voucher: { code: voucher.code, kind: 'shipping' } }));
          } else if (voucherError) {
            setErrors((e) => ({ ...e, voucher: voucherError }));
            setDraft((d) => ({ ...d, voucher: null }));
          }
        },
      );
    }, quoteDebounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [quoteKey]);

  // Vouchers of the store that fit this cart, offered as one-tap codes.
  const shippingCost = quote?.shippingCost ?? 0;
  useEffect(() => {
    if (!form.allowVouchers || subtotal === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      client.checkout.listVouchers.query({ formId: form.id, subtotal, shippingCost }).then(
        (found) => current && setOffers(found),
        () => current && setOffers([]),
      );
    }, quoteDebounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [subtotal, shippingCost]);

  // A buyer who typed a phone number and leaves is saved as an abandoned checkout, so the seller
  // can follow up. `pagehide` covers closing and navigating; `visibilitychange` covers mobile
  // browsers that are switched away from and killed without either.
  useEffect(() => {
    const save = () => {
      const { draft: d, ordered, saved } = latest.current;
      if (ordered || !looksLikePhone(d.phone)) return;
      const payload = {
        formId: form.id,
        phone: d.phone,
        name: d.name.trim() || null,
        data: abandonedDataOf(d),
      };
      const fingerprint = JSON.stringify(payload);
      if (fingerprint === saved) return;
      latest.current.saved = fingerprint;
      api.beacon.checkout.saveAbandoned.mutate(payload).catch(() => {
        latest.current.saved = '';
      });
    };
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // After a refused order, take the buyer to the first field to fix.
  useEffect(() => {
    const first = fieldOrder.flatMap((prefix) =>
      Object.keys(errors).filter((f) => f.split('.')[0] === prefix),
    )[0];
    if (!first || submit.state !== 'failed') return;
    const id = first.startsWith('custom.') ? `bos-custom-${first.slice(7)}` : `bos-${first}`;
    root.current?.querySelector<HTMLElement>(`#${id}`)?.focus();
  }, [errors]);

  const checkWhatsapp = () => {
    if (!looksLikePhone(draft.phone)) return setWhatsapp('idle');
    setWhatsapp('checking');
    client.checkout.validateWhatsapp.query({ phone: draft.phone, formId: form.id }).then(
      (answer) => setWhatsapp(answer.valid ? 'valid' : 'invalid'),
      (error: unknown) => {
        setWhatsapp('idle');
        const phoneError = errorsByField(fieldErrors(error), copy).phone;
        if (phoneError) setErrors((e) => ({ ...e, phone: phoneError }));
      },
    );
  };

  const applyVoucher = (code: string) => {
    const listed = offers.find((offer) => offer.code.toUpperCase() === code);
    update({ voucher: listed ? { code, kind: listed.kind } : { code, kind: 'product', guessed: true } }, [
      'voucher',
    ]);
  };

  const placeOrder = async () => {
    if (submit.state === 'submitting') return;
    setSubmit({ state: 'submitting' });
    try {
      const answer = await client.checkout.createOrder.mutate(
        orderInputOf(form, draft, idempotencyKey.current, eventId.current, deviceId()),
      );
      latest.current.ordered = true;
      pixel('AddPaymentInfo');
      pixel('Purchase', { value: answer.totalPayment, currency: 'IDR' }, eventId.current);
      setSubmit({ state: 'done', answer });
      if (form.successPage.redirectUrl) window.location.assign(form.successPage.redirectUrl);
    } catch (error) {
      const byField = errorsByField(fieldErrors(error), copy);
      if (Object.keys(byField).length > 0) {
        setErrors(byField);
        setSubmit({ state: 'failed', message: byField.form ?? copy.fixErrors, retry: false });
      } else {
        setErrors({});
        const message = transient(error)
          ? isBosError(error)
            ? copy.unavailable
            : copy.offline
          : (error as Error).message;
        setSubmit({ state: 'failed', message, retry: transient(error) });
      }
    }
  };

  const chosenRate = rates.state === 'ready' ? rates.rates.find((r) => rateKey(r) === draft.rate) : undefined;
  if (submit.state === 'done') {
    return (
      <Success
        answer={submit.answer}
        page={form.successPage}
        delivery={chosenRate ? `${chosenRate.courierName} ${chosenRate.serviceName}` : null}
        buyerName={draft.name.trim()}
        cod={draft.payment === 'cod'}
        copy={copy}
        loadReceipt={() =>
          client.checkout.receipt.query({
            formId: form.id,
            idempotencyKey: idempotencyKey.current,
            phone: draft.phone,
          })
        }
      />
    );
  }

  const choosePayment = (payment: FormPaymentMethod) => {
    pixel('AddPaymentInfo', { value: quote?.total ?? subtotal, currency: 'IDR' });
    const rate = pickRate(rates.state === 'ready' ? rates.rates : [], payment, draft.rate);
    update({ payment, rate }, ['payment', 'shipping']);
  };

  const orderButton = (
    <button class="primary" type="submit" disabled={submit.state === 'submitting'}>
      {submit.state === 'submitting' ? copy.submitting : form.theme.buttonText}
    </button>
  );

  return (
    <div ref={root}>
      <form
        class="layout"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void placeOrder();
        }}
      >
        <div>
          <Products
            form={form}
            qty={draft.qty}
            subtotal={subtotal}
            error={errors.items}
            copy={copy}
            onQty={(sku, qty) => update({ qty: { ...draft.qty, [sku]: qty } }, ['items'])}
          />
          <BuyerFields
            name={draft.name}
            phone={draft.phone}
            custom={draft.custom}
            fields={form.customFields}
            errors={errors}
            whatsapp={whatsapp}
            copy={copy}
            onName={(name) => update({ name }, ['name'])}
            onPhone={(phone) => {
              setWhatsapp('idle');
              update({ phone }, ['phone']);
            }}
            onPhoneDone={checkWhatsapp}
            onCustom={(key, value) =>
              update({ custom: { ...draft.custom, [key]: value } }, [`custom.${key}`])
            }
          />
          <fieldset>
            <legend>{copy.address}</legend>
            <RegionPicker
              value={draft.region}
              error={errors.region}
              copy={copy}
              search={(q) => client.region.search.query({ q, level: 'district', limit: 8 })}
              onChange={(region) => update({ region }, ['region', 'shipping'])}
            />
            <Field id="bos-address" label={copy.street} error={errors.address} hint={copy.streetHint}>
              {(control) => (
                <textarea
                  {...control}
                  autocomplete="street-address"
                  value={draft.address}
                  onInput={(e) => update({ address: e.currentTarget.value }, ['address'])}
                />
              )}
            </Field>
          </fieldset>
          <PaymentOptions
            methods={form.paymentMethods}
            selected={draft.payment}
            error={errors.payment}
            copy={copy}
            onSelect={choosePayment}
          />
          <ShippingOptions
            rates={rates}
            selected={draft.rate}
            cod={draft.payment === 'cod'}
            insurance={form.insurance}
            insured={draft.insured}
            error={errors.shipping}
            copy={copy}
            onSelect={(rate) => update({ rate }, ['shipping'])}
            onInsured={(insured) => update({ insured })}
            onRetry={() => setRatesAsked((n) => n + 1)}
          />
          {form.allowVouchers && (
            <VoucherField
              applied={draft.voucher?.code ?? null}
              offers={offers}
              error={errors.voucher}
              copy={copy}
              onApply={applyVoucher}
              onRemove={() => update({ voucher: null }, ['voucher'])}
            />
          )}
          <section>
            <Field id="bos-note" label={copy.note} suffix={copy.optional} error={errors.note}>
              {(control) => (
                <textarea
                  {...control}
                  value={draft.note}
                  onInput={(e) => update({ note: e.currentTarget.value }, ['note'])}
                />
              )}
            </Field>
          </section>
        </div>
        <div class="aside">
          <Summary quote={quote} pending={quoting} subtotal={subtotal} copy={copy} />
          {submit.state === 'failed' && (
            <div class="banner" role="alert">
              {submit.message}
              {submit.retry && (
                <div>
                  <button type="button" onClick={() => void placeOrder()}>
                    {copy.retry}
                  </button>
                </div>
              )}
            </div>
          )}
          {orderButton}
        </div>
        {/* Small screens: the total and the order button stay in reach (styles.ts shows one of the two). */}
        <div class="bar">
          <div class="bar-total">
            <span>{quote ? copy.total : copy.subtotal}</span>
            <strong>{formatRupiah(quote ? quote.total : subtotal)}</strong>
          </div>
          {orderButton}
        </div>
      </form>
    </div>
  );
}

import type { CheckoutFormView } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import type { Copy } from '../i18n.ts';
import { OrderForm } from './OrderForm.tsx';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  /** The store is suspended by the platform: nothing to retry. */
  | { state: 'unavailable' }
  | { state: 'failed' }
  | { state: 'ready'; form: CheckoutFormView };

/** Loads the form, themes the widget with its colours, then shows the order form. */
export function Checkout(props: { api: Api; formId: string; copy: Copy; host: HTMLElement }) {
  const { api, formId, copy } = props;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    api.client.checkout.loadForm.query({ formId }).then(
      (form) => {
        if (!current) return;
        props.host.style.setProperty('--bos-primary', form.theme.primaryColor);
        setLoaded({ state: 'ready', form });
      },
      (error: unknown) => {
        if (!current) return;
        const missing = isBosError(error, 'NOT_FOUND') || isBosError(error, 'BAD_REQUEST');
        setLoaded({
          state: missing ? 'missing' : isBosError(error, 'FORBIDDEN') ? 'unavailable' : 'failed',
        });
      },
    );
    return () => {
      current = false;
    };
  }, [formId, attempt]);

  // Effects run after the form is on screen: from here the buyer can use it. Pages (and our
  // time-to-interactive benchmark) can listen for the event or read the performance mark.
  const ready = loaded.state === 'ready';
  useEffect(() => {
    if (!ready) return;
    performance.mark('bos-checkout:interactive');
    props.host.dispatchEvent(new CustomEvent('bos-checkout:ready', { bubbles: true, composed: true }));
  }, [ready]);

  if (loaded.state !== 'ready') {
    return (
      <div class="wrap" aria-busy={loaded.state === 'loading'}>
        <p role={loaded.state === 'loading' ? 'status' : 'alert'}>
          {loaded.state === 'loading'
            ? copy.loading
            : loaded.state === 'missing'
              ? copy.formMissing
              : loaded.state === 'unavailable'
                ? copy.storeUnavailable
                : copy.loadFailed}
        </p>
        {loaded.state === 'failed' && (
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {copy.retry}
          </button>
        )}
      </div>
    );
  }
  const { form } = loaded;
  return (
    <div class="wrap">
      <header>
        {form.store.logoUrl && <img src={form.store.logoUrl} alt="" />}
        <div>
          <h1>{form.headline || form.name}</h1>
          <div class="store">{form.store.name}</div>
        </div>
      </header>
      {form.description && <p class="description">{form.description}</p>}
      <OrderForm api={api} form={form} copy={copy} />
    </div>
  );
}

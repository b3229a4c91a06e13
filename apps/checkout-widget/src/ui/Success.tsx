import {
  type CheckoutNextStep,
  type CheckoutReceiptView,
  type CreateOrderOutput,
  formatRupiah,
  type SuccessPage,
} from '@bosonline/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Copy } from '../i18n.ts';
import { Summary } from './Summary.tsx';

/**
 * After ordering: the invoice and what was ordered (the receipt, asked for once), the seller's
 * message (else our one thanks), how to pay, and a WhatsApp line to the order's CS naming the
 * invoice and the buyer.
 */
export function Success(props: {
  answer: CreateOrderOutput;
  page: SuccessPage;
  /** The delivery the buyer chose, as the rates named it ("ID Express Standard"). */
  delivery: string | null;
  buyerName: string;
  cod: boolean;
  copy: Copy;
  loadReceipt: () => Promise<CheckoutReceiptView>;
}) {
  const { answer, page, copy } = props;
  const [copied, setCopied] = useState<string | null>(null);
  // null while asked; without it the page still shows the total and how to pay.
  const [receipt, setReceipt] = useState<CheckoutReceiptView | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    props.loadReceipt().then(setReceipt, () => setReceipt('failed'));
  }, []);
  const shown = receipt && receipt !== 'failed' ? receipt : null;
  const next = shown?.nextStep ?? null;

  const waText = copy.csMessage({
    name: props.buyerName,
    products: answer.productName,
    invoice: shown?.invoice ?? null,
  });
  const waLink = answer.csPhone ? `https://wa.me/${answer.csPhone}?text=${encodeURIComponent(waText)}` : null;
  const copy_ = (text: string) =>
    navigator.clipboard?.writeText(text).then(
      () => setCopied(text),
      () => undefined,
    );
  const copyButton = (text: string) => (
    <button type="button" onClick={() => copy_(text)}>
      {copied === text ? copy.copied : copy.copy}
    </button>
  );
  return (
    <div class="success" role="status">
      {/* The same heading whatever the receipt adds: it arrives a moment later, and a heading that
          changed under the buyer's eyes (and their screen reader) would read as a second event. */}
      <h1 tabIndex={-1} ref={heading}>
        {copy.orderReceived}
      </h1>
      {next && <NextStep step={next} copy={copy} />}
      <p class="message">{page.message || copy.thanks}</p>
      {shown ? (
        <div class="receipt">
          <div class="bank">
            <div>
              <div class="muted">{copy.invoice}</div>
              <strong data-testid="invoice">{shown.invoice}</strong>
            </div>
            {copyButton(shown.invoice)}
          </div>
          <Summary
            quote={shown}
            lines={shown.lines}
            pending={false}
            subtotal={shown.itemsTotal}
            copy={copy}
          />
          <div class="row">
            <span>{copy.payment}</span>
            <span>{copy.methods[shown.paymentMethod]}</span>
          </div>
          <div class="row">
            <span>{copy.shipping}</span>
            <span>{props.delivery ?? `${shown.courierCode.toUpperCase()} ${shown.serviceCode}`}</span>
          </div>
        </div>
      ) : (
        <p aria-busy={receipt === null}>
          {copy.totalToPay}: <strong data-testid="paid-total">{formatRupiah(answer.totalPayment)}</strong>
        </p>
      )}
      {props.cod ? (
        !next && <p class="muted">{copy.codNote}</p>
      ) : answer.paymentGateway ? (
        <div data-testid="gateway-payment">
          <p>{answer.paymentGateway.vaNumber ? copy.payToVa : copy.payWithQris}</p>
          <div class="bank">
            <div>
              <strong>{answer.paymentGateway.channelName}</strong>
              <div>{answer.paymentGateway.vaNumber ?? answer.paymentGateway.qrString}</div>
              <div class="muted">
                {copy.payBefore} {copy.when(answer.paymentGateway.expiresAt)}
              </div>
            </div>
            {copyButton(answer.paymentGateway.vaNumber ?? answer.paymentGateway.qrString ?? '')}
          </div>
        </div>
      ) : (
        answer.payment.length > 0 && (
          <div>
            <p>{copy.transferTo}</p>
            {answer.payment.map((bank) => (
              <div class="bank" key={bank.bankRekening}>
                <div>
                  <strong>{bank.bankName}</strong>
                  <div>{bank.bankRekening}</div>
                  <div class="muted">
                    {copy.accountHolder} {bank.bankAtasnama}
                  </div>
                </div>
                {copyButton(bank.bankRekening)}
              </div>
            ))}
          </div>
        )
      )}
      {waLink && (
        <a class="wa" href={waLink} target="_blank" rel="noopener">
          {page.whatsappButton.enabled ? page.whatsappButton.text : copy.contactCs}
        </a>
      )}
    </div>
  );
}

/**
 * A held COD order: what the buyer does now, as the WhatsApp message sent them says in full; a
 * buyer without WhatsApp waits for the seller's call instead (no message, no deadline).
 */
function NextStep({ step, copy }: { step: CheckoutNextStep; copy: Copy }) {
  if (step.kind === 'confirm_by_phone') {
    return (
      <div class="next" data-testid="next-step">
        <h2>{copy.oneMoreStep}</h2>
        <p>
          <strong>{copy.sellerWillCall}</strong>
        </p>
      </div>
    );
  }
  const due = step.dueAt && copy.when(step.dueAt);
  if (step.kind === 'confirm_whatsapp') {
    return (
      <div class="next" data-testid="next-step">
        <h2>{copy.oneMoreStep}</h2>
        <p>
          <strong>{copy.checkWhatsapp}</strong>
        </p>
        {due && (
          <p class="muted">
            {copy.confirmBefore} {due}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class="next" data-testid="next-step">
      <h2>{copy.oneMoreStep}</h2>
      <p>{copy.downPaymentAsk}</p>
      <strong class="amount" data-testid="down-payment">
        {formatRupiah(step.amount)}
      </strong>
      {due && (
        <p class="muted">
          {copy.payBefore} {due}
        </p>
      )}
      <p>
        <strong>{copy.downPaymentSent}</strong>
      </p>
      <p class="muted">{copy.codRest(formatRupiah(step.codAmount))}</p>
    </div>
  );
}

import { type CreateOrderOutput, formatRupiah, type SuccessPage } from '@bosonline/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Copy } from '../i18n.ts';

/** After ordering: the seller's message, how to pay, and a WhatsApp line to the order's CS. */
export function Success(props: { answer: CreateOrderOutput; page: SuccessPage; cod: boolean; copy: Copy }) {
  const { answer, page, copy } = props;
  const [copied, setCopied] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const waText = copy.csMessage(answer.productName);
  const waLink = answer.csPhone ? `https://wa.me/${answer.csPhone}?text=${encodeURIComponent(waText)}` : null;
  const copy_ = (text: string) =>
    navigator.clipboard?.writeText(text).then(
      () => setCopied(text),
      () => undefined,
    );
  return (
    <div class="success" role="status">
      <h1 tabIndex={-1} ref={heading}>
        {copy.thanks}
      </h1>
      {page.message && <p class="message">{page.message}</p>}
      <p>
        {copy.totalToPay}: <strong data-testid="paid-total">{formatRupiah(answer.totalPayment)}</strong>
      </p>
      {props.cod ? (
        <p class="muted">{copy.codNote}</p>
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
                <button type="button" onClick={() => copy_(bank.bankRekening)}>
                  {copied === bank.bankRekening ? copy.copied : copy.copy}
                </button>
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

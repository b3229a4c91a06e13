import type { CreateOrderOutput, PaymentGatewayAnswer } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { PaymentChannel } from '../../ports/index.ts';
import { storedGatewayAnswer } from '../payment/charge.ts';
import { loadStoreFacts, type StoreFacts } from './store-facts.ts';

/** Splits `uploads/bank/bca.jpg` into the spec's `file_name` (folder) and `file_path` (file). */
function logoParts(logoUrl: string | null): { fileName: string; filePath: string } {
  const path = logoUrl ?? '';
  const cut = path.lastIndexOf('/') + 1;
  return { fileName: path.slice(0, cut), filePath: path.slice(cut) };
}

/**
 * The spec's answer to `POST /order/{id}`: where to pay, whom to ask, and the total. A gateway
 * order is paid to its VA number or QRIS code (`paymentGateway`), not to the store's accounts, so
 * its `payment` list is empty: a transfer there could not be matched to the order.
 */
export function answerOf(
  store: Pick<StoreFacts, 'csPhone' | 'ownerPhone' | 'bankAccounts' | 'socialMedia'>,
  order: {
    csPhone: string | null;
    productNames: string[];
    total: number;
    paymentGateway?: PaymentGatewayAnswer;
  },
): CreateOrderOutput {
  return {
    csPhone: order.csPhone ?? store.csPhone ?? store.ownerPhone,
    payment: (order.paymentGateway ? [] : store.bankAccounts).map((account) => ({
      bankAtasnama: account.accountHolder,
      bankCode: account.bank.code,
      bankName: account.bank.name,
      bankRekening: account.accountNumber,
      ...logoParts(account.bank.logoUrl),
    })),
    productName: [...new Set(order.productNames)].join(', '),
    socialMedia: store.socialMedia.map((s) => ({ name: s.name, url: s.url })),
    totalPayment: order.total,
    ...(order.paymentGateway ? { paymentGateway: order.paymentGateway } : {}),
  };
}

/**
 * The answer rebuilt from a stored order, for a retry carrying the same idempotency key. Only
 * that order (and its store) is read: a buyer never sees another order's data.
 */
export async function orderAnswer(
  db: Db,
  orderId: string,
  channels: PaymentChannel[],
): Promise<CreateOrderOutput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { storeId: true, total: true, csMemberId: true, items: { select: { productName: true } } },
  });
  const [store, cs, paymentGateway] = await Promise.all([
    loadStoreFacts(db, order.storeId),
    order.csMemberId
      ? db.storeMember.findUnique({
          where: { id: order.csMemberId },
          select: { user: { select: { phone: true } } },
        })
      : null,
    storedGatewayAnswer(db, channels, orderId),
  ]);
  return answerOf(store, {
    csPhone: cs?.user.phone ?? null,
    productNames: order.items.map((i) => i.productName),
    total: order.total,
    paymentGateway,
  });
}

import type { CreateOrderOutput } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';

/** What the answer to a buyer needs of the store; loaded once with the checkout's other reads. */
export const storeFactsSelect = {
  csPhone: true,
  socialMedia: true,
  owner: { select: { phone: true } },
  bankAccounts: { where: { active: true }, include: { bank: true }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.StoreSelect;
export type StoreFacts = Prisma.StoreGetPayload<{ select: typeof storeFactsSelect }>;

/** Splits `uploads/bank/bca.jpg` into the spec's `file_name` (folder) and `file_path` (file). */
function logoParts(logoUrl: string | null): { fileName: string; filePath: string } {
  const path = logoUrl ?? '';
  const cut = path.lastIndexOf('/') + 1;
  return { fileName: path.slice(0, cut), filePath: path.slice(cut) };
}

/** The spec's answer to `POST /order/{id}`: where to pay, whom to ask, and the total. */
export function answerOf(
  store: StoreFacts,
  order: { csPhone: string | null; productNames: string[]; total: number },
): CreateOrderOutput {
  return {
    csPhone: order.csPhone ?? store.csPhone ?? store.owner.phone,
    payment: store.bankAccounts.map((account) => ({
      bankAtasnama: account.accountHolder,
      bankCode: account.bank.code,
      bankName: account.bank.name,
      bankRekening: account.accountNumber,
      ...logoParts(account.bank.logoUrl),
    })),
    productName: [...new Set(order.productNames)].join(', '),
    socialMedia: (store.socialMedia as Array<{ name: string; url: string }>).map((s) => ({
      name: s.name,
      url: s.url,
    })),
    totalPayment: order.total,
  };
}

/**
 * The answer rebuilt from a stored order, for a retry carrying the same idempotency key. Only
 * that order (and its store) is read: a buyer never sees another order's data.
 */
export async function orderAnswer(db: Db, orderId: string): Promise<CreateOrderOutput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { items: { select: { productName: true } }, store: { select: storeFactsSelect } },
  });
  const cs = order.csMemberId
    ? await db.storeMember.findUnique({
        where: { id: order.csMemberId },
        select: { user: { select: { phone: true } } },
      })
    : null;
  return answerOf(order.store, {
    csPhone: cs?.user.phone ?? null,
    productNames: order.items.map((i) => i.productName),
    total: order.total,
  });
}

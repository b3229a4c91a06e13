import type { BosPayEntryKind, bosPaySaldoInput } from '@bosonline/contracts';
import type { BosPayEntry } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';

const view = (row: BosPayEntry) => ({
  id: row.id,
  kind: row.kind as BosPayEntryKind,
  amount: row.amount,
  invoice: row.invoice,
  note: row.note,
  createdAt: row.createdAt,
});

/**
 * "Saldo BosPay": the store's balance (every movement summed, so it can never drift from the
 * list) and one page of its movements, newest first. Movements are never edited or removed, so
 * a page resumes after the last row's id.
 */
export async function saldo(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  input: z.output<typeof bosPaySaldoInput>,
) {
  const storeId = ctx.tenant.storeId;
  const [rows, sum] = await Promise.all([
    ctx.db.bosPayEntry.findMany({
      where: { storeId, ...(input.kind ? { kind: input.kind } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(input),
    }),
    ctx.db.bosPayEntry.aggregate({ where: { storeId }, _sum: { amount: true } }),
  ]);
  return { balance: sum._sum.amount ?? 0, ...toPage(rows, input, view) };
}

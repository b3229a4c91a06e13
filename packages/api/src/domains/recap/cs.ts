import type { csRecapOutput, OrderFilter } from '@bosonline/contracts';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';
import { csRecapSql } from './recap.sql.ts';

type Member = z.infer<typeof csRecapOutput>['members'][number];

/** "Recap CS": the filtered orders per CS member, with paid, delivered and RTS rates. */
export async function csRecap(ctx: OrderReader, filter: OrderFilter): Promise<z.infer<typeof csRecapOutput>> {
  const rows = await ctx.db.$queryRaw<Array<Omit<Member, 'paidRate' | 'deliveredRate' | 'rtsRate'>>>(
    csRecapSql(orderSumsSql(ctx.tenant, filter)),
  );
  return { members: rows.map((row) => ({ ...row, ...rates(row) })) };
}

/** Rates rounded to 4 places (0.1234 = 12.34 %); 0 when there is nothing to divide by. */
export function rates(m: { orders: number; paid: number; delivered: number; returned: number }) {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);
  return {
    paidRate: ratio(m.paid, m.orders),
    deliveredRate: ratio(m.delivered, m.orders),
    rtsRate: ratio(m.returned, m.delivered + m.returned),
  };
}

import { bosPaySaldoInput, bosPaySaldoOutput } from '@bosonline/contracts';
import { router, sellerCan } from '../../trpc.ts';
import * as bosPay from './service.ts';

export const bosPayRouter = router({
  saldo: sellerCan('bosPay.view')
    .input(bosPaySaldoInput)
    .output(bosPaySaldoOutput)
    .query(({ ctx, input }) => bosPay.saldo(ctx, input)),
});

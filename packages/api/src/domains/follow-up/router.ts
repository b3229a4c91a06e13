import {
  followUpAttemptOutput,
  followUpInput,
  followUpOutput,
  followUpTemplateInput,
  followUpTemplateOutput,
  orderInvoiceInput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import { attempts, sendFollowUp } from './service.ts';
import { listTemplates, saveTemplate } from './templates.ts';

export const followUpRouter = router({
  send: sellerCan('order.followUp')
    .input(followUpInput)
    .output(followUpOutput)
    .mutation(({ ctx, input }) => sendFollowUp(ctx, input)),
  attempts: sellerProcedure
    .input(orderInvoiceInput)
    .output(z.array(followUpAttemptOutput))
    .query(({ ctx, input }) => attempts(ctx, input.invoice)),
  templates: sellerProcedure.output(z.array(followUpTemplateOutput)).query(({ ctx }) => listTemplates(ctx)),
  saveTemplate: sellerCan('order.manage')
    .input(followUpTemplateInput)
    .output(followUpTemplateOutput)
    .mutation(({ ctx, input }) => saveTemplate(ctx, input)),
});

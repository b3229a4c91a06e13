import {
  followUpAttemptOutput,
  followUpInput,
  followUpOutput,
  followUpPreviewOutput,
  followUpTemplateInput,
  followUpTemplateOutput,
  orderInvoiceInput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import { attempts, previewFollowUp, sendFollowUp } from './service.ts';
import { listTemplates, saveTemplate } from './templates.ts';

export const followUpRouter = router({
  send: sellerCan('order.followUp')
    .input(followUpInput)
    .output(followUpOutput)
    .mutation(({ ctx, input }) => sendFollowUp(ctx, input)),
  /** Read-only: the message the send would carry, placeholders filled, and its wa.me link. */
  preview: sellerCan('order.followUp')
    .input(followUpInput)
    .output(followUpPreviewOutput)
    .query(({ ctx, input }) => previewFollowUp(ctx, input)),
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

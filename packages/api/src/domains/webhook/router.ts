import {
  idInput,
  messageSchema,
  webhookCreateInput,
  webhookDeliveriesInput,
  webhookDeliveriesOutput,
  webhookDeliveryOutput,
  webhookListOutput,
  webhookOutput,
  webhookPingOutput,
  webhookRedeliverInput,
  webhookUpdateInput,
  webhookWithSecretOutput,
} from '@bosonline/contracts';
import { router, sellerCan } from '../../trpc.ts';
import * as webhook from './service.ts';

// URLs and signing secrets decide where the store's order data goes: owner only, reads included.
const owner = sellerCan('webhook.manage');

export const webhookRouter = router({
  list: owner.output(webhookListOutput).query(({ ctx }) => webhook.list(ctx)),
  detail: owner
    .input(idInput)
    .output(webhookOutput)
    .query(({ ctx, input }) => webhook.detail(ctx, input.id)),
  create: owner
    .input(webhookCreateInput)
    .output(webhookWithSecretOutput)
    .mutation(({ ctx, input }) => webhook.create(ctx, input)),
  update: owner
    .input(webhookUpdateInput)
    .output(webhookOutput)
    .mutation(({ ctx, input }) => webhook.update(ctx, input)),
  delete: owner
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await webhook.remove(ctx, input.id);
      return { message: 'Webhook has been deleted' };
    }),
  rotateSecret: owner
    .input(idInput)
    .output(webhookWithSecretOutput)
    .mutation(({ ctx, input }) => webhook.rotateSecret(ctx, input.id)),
  ping: owner
    .input(idInput)
    .output(webhookPingOutput)
    .mutation(({ ctx, input }) => webhook.ping(ctx, input.id)),
  deliveries: owner
    .input(webhookDeliveriesInput)
    .output(webhookDeliveriesOutput)
    .query(({ ctx, input }) => webhook.deliveries(ctx, input.id, input)),
  redeliver: owner
    .input(webhookRedeliverInput)
    .output(webhookDeliveryOutput)
    .mutation(({ ctx, input }) => webhook.redeliver(ctx, input.id, input.deliveryId)),
});

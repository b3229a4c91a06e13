import type { AppDeps } from '../../context.ts';
import { SandboxShipping, type SandboxWebhook } from '../../ports/index.ts';
import { pollQuietShipments } from './tracking-poll.ts';
import { receiveBoscodWebhook } from './webhook.ts';

export const sandboxWebhookJob = 'shipping.sandbox-webhook';

export function defineShippingJobs(deps: AppDeps): void {
  // The tracking poll: every hour, shipped orders the provider has been quiet about for a day.
  deps.jobs.define(
    'shipping.tracking-poll',
    async () => {
      await pollQuietShipments(deps);
    },
    { everyMs: 60 * 60_000 },
  );

  // The sandbox's webhooks, delivered later by the job queue to the handler `POST /webhook/boscod`
  // runs, signature check included: the demo's orders get their AWB and are picked up and
  // delivered exactly as BosCOD's real notifications would move them.
  deps.jobs.define<SandboxWebhook>(sandboxWebhookJob, async (webhook) => {
    const answer = await receiveBoscodWebhook(deps, webhook.rawBody, webhook.signature);
    if (answer.status !== 200) deps.logger.warn({ webhook: webhook.id, answer }, 'sandbox webhook refused');
  });
  const shipping = deps.ports.shipping;
  if (shipping instanceof SandboxShipping) {
    shipping.connectWebhooks(
      deps.shippingWebhookSecret,
      (webhook) =>
        deps.jobs.enqueue(sandboxWebhookJob, webhook, {
          delayMs: webhook.delayMs,
          jobId: `${sandboxWebhookJob}:${webhook.id}`,
          attempts: 3,
          backoffMs: 5_000,
        }),
      () => deps.clock.now(),
    );
  }
}

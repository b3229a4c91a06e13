import type { AppDeps } from '../../context.ts';
import { SandboxShipping, type SandboxWebhook } from '../../ports/index.ts';
import { pollQuietShipments } from './tracking-poll.ts';
import { receiveBoscodWebhook } from './webhook.ts';
import { drainInbox } from './webhook-drain.ts';
import { type DrainPayload, inboxDrainJob, pruneApplied } from './webhook-inbox.ts';

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

  // The inbox drain: woken a second after notifications were kept without being applied, and every
  // minute by itself for those a dead process claimed (and to delete old applied ones).
  deps.jobs.define<DrainPayload>(
    inboxDrainJob,
    async (payload) => {
      await drainInbox(deps);
      if (!payload.kicked) await pruneApplied(deps);
    },
    { everyMs: 60_000 },
  );

  // The sandbox's webhooks, delivered later by the job queue to the handler `POST /webhook/boscod`
  // runs, signature check included: the demo's orders get their AWB and are picked up and
  // delivered exactly as BosCOD's real notifications would move them.
  deps.jobs.define<SandboxWebhook>(sandboxWebhookJob, async (webhook) => {
    const answer = await receiveBoscodWebhook(deps, webhook.rawBody, webhook.signature, { applyNow: true });
    if (answer.status !== 200 && answer.status !== 202)
      deps.logger.warn({ webhook: webhook.id, answer }, 'sandbox webhook refused');
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

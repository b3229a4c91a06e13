import type { AppDeps } from '../../context.ts';
import type { DeliveryStatus } from '../../ports/messaging/port.ts';
import { SandboxMessaging } from '../../ports/messaging/sandbox.ts';
import { signStatusWebhook, statusWebhookBody } from '../../ports/messaging/status-webhook.ts';
import { receiveStatusWebhook } from './delivery.ts';

interface SandboxStatusJob {
  messageId: string;
  to: string;
  status: DeliveryStatus;
}

/** When the sandbox reports each step, as WhatsApp typically does (seconds, then a buyer's glance). */
const sandboxSteps: Array<{ status: DeliveryStatus; delayMs: number }> = [
  { status: 'sent', delayMs: 1_000 },
  { status: 'delivered', delayMs: 3_000 },
  { status: 'read', delayMs: 60_000 },
];

/**
 * The sandbox's imitation of WhatsApp's status callbacks: each message it "sends" is followed by
 * signed Cloud-API-shaped callbacks, handled by the very function `/webhook/whatsapp` calls. A
 * number without WhatsApp (the sandbox's `…000` rule) bounces the way the real API reports it.
 */
export function defineWhatsappJobs(deps: AppDeps): void {
  deps.jobs.define<SandboxStatusJob>('whatsapp.sandboxStatus', async (job) => {
    const body = JSON.stringify(
      statusWebhookBody({
        messageId: job.messageId,
        status: job.status,
        at: deps.clock.now(),
        recipient: job.to,
        ...(job.status === 'failed' ? { error: { code: 131026, title: 'Message undeliverable' } } : {}),
      }),
    );
    const signature = signStatusWebhook(body, deps.ports.messaging.webhook.appSecret);
    await receiveStatusWebhook(deps, body, signature);
  });

  const messaging = deps.ports.messaging;
  if (!(messaging instanceof SandboxMessaging)) return;
  messaging.onSent = async (sent) => {
    const steps = sent.to.endsWith('000') ? [{ status: 'failed' as const, delayMs: 3_000 }] : sandboxSteps;
    for (const step of steps) {
      await deps.jobs.enqueue<SandboxStatusJob>(
        'whatsapp.sandboxStatus',
        { messageId: sent.messageId, to: sent.to, status: step.status },
        { delayMs: step.delayMs, jobId: `whatsapp-status:${sent.messageId}:${step.status}` },
      );
    }
  };
}

import type { AppDeps } from '../../context.ts';
import { SandboxPayment } from '../../ports/payment/sandbox.ts';
import { receivePaymentCallback } from './callback.ts';

const sandboxPayJob = 'payment.sandbox-buyer-pays';

/** The sandbox's buyer: pays a charge by posting its signed callback through the real callback code. */
export function definePaymentJobs(deps: AppDeps): void {
  deps.jobs.define<{ externalId: string }>(sandboxPayJob, async ({ externalId }) => {
    const payment = deps.ports.payment;
    if (!(payment instanceof SandboxPayment)) return;
    const callback = payment.signedCallback(externalId, deps.clock.now());
    const result = await receivePaymentCallback(deps, {
      method: 'POST',
      path: callback.path,
      body: callback.body,
      header: (name) => (callback.headers as Record<string, string>)[name.toLowerCase()],
    });
    deps.logger.info({ externalId, status: result.status }, 'sandbox buyer paid');
  });
}

/** With a sandbox set to imitate buyers, schedules this charge's payment (nothing otherwise). */
export async function imitateBuyerPayment(ctx: Pick<AppDeps, 'ports' | 'jobs'>, externalId: string) {
  const payment = ctx.ports.payment;
  if (!(payment instanceof SandboxPayment) || payment.autoPayAfterMs === null) return;
  await ctx.jobs.enqueue(
    sandboxPayJob,
    { externalId },
    { delayMs: payment.autoPayAfterMs, jobId: `sandbox-pay:${externalId}` },
  );
}

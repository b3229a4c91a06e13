import type { AppDeps } from '../../context.ts';
import { ConversionRetry, enqueueSend, type SendPayload, sendConversion, sendJob } from './send.ts';

// Sends are jobs queued after the change commits when the changer has the queue at hand; the
// sweep is what makes the outbox reliable: changes made without it (a courier's webhook), and
// deliveries whose job was lost (an in-process queue at a restart, a queue outage at commit), are
// queued once due. A row's lease and guarded claim (send.ts) keep two jobs from sending it twice.

export const sweepJob = 'conversion.sweep';
export const sweepEveryMs = 60_000;

export async function sweepConversions(deps: Pick<AppDeps, 'db' | 'clock' | 'jobs'>): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db.conversionDelivery.findMany({
    where: {
      status: 'pending',
      OR: [{ notBefore: null }, { notBefore: { lte: now } }],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  await Promise.all(due.map((d) => enqueueSend(deps, d.id, 0, `sweep-${now.getTime()}`)));
  return due.length;
}

export function defineConversionJobs(deps: AppDeps): void {
  deps.jobs.define<SendPayload>(sendJob, async (payload) => {
    try {
      await sendConversion(deps, payload);
    } catch (error) {
      if (error instanceof ConversionRetry) throw error;
      deps.logger.error({ err: error, deliveryId: payload.deliveryId }, 'conversion send failed');
      throw error;
    }
  });
  deps.jobs.define(sweepJob, () => sweepConversions(deps).then(() => undefined), { everyMs: sweepEveryMs });
}

import { randomUUID } from 'node:crypto';
import type { FormPaymentMethod } from '@bosonline/contracts';
import type { Order, OrderFollowUp } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { delayUntil, enqueueSweptJob } from '../../jobs/enqueue.ts';
import type { Tx } from '../inventory/ledger.ts';

// Automatic follow-ups: each payment method has a plan of messages sent some hours after the
// order, stopped once it is paid or canceled. (One built-in plan for now; a store's own plan per
// method would be read by `planFor`.)

export interface PlannedStep {
  attempt: number;
  hoursAfter: number;
  /** Text with the same {placeholders} as the manual follow-up templates. */
  message: string;
}

/** The built-in plan per payment method. Transfer reminders come well inside the default 24 h window. */
export const defaultPlans: Record<FormPaymentMethod, PlannedStep[]> = {
  bank_transfer: [
    {
      attempt: 1,
      hoursAfter: 2,
      message:
        'Halo {buyer_name}, pesanan {invoice} ({product}) di {store_name} menunggu transfer sebesar {total}. ' +
        'Sudah transfer? Kirim bukti pembayarannya di sini: {payment_link}',
    },
    {
      attempt: 2,
      hoursAfter: 12,
      message:
        'Halo {buyer_name}, pesanan {invoice} sebesar {total} masih kami simpan. ' +
        'Jika belum dibayar, pesanan akan dibatalkan otomatis. Konfirmasi pembayaran: {payment_link}',
    },
  ],
  payment_gateway: [
    {
      attempt: 1,
      hoursAfter: 1,
      message:
        'Halo {buyer_name}, pembayaran pesanan {invoice} ({product}) sebesar {total} di {store_name} ' +
        'belum kami terima. Selesaikan pembayaran sebelum batas waktunya agar pesanan tidak dibatalkan.',
    },
  ],
  cod: [
    {
      attempt: 1,
      hoursAfter: 2,
      message:
        'Halo {buyer_name}, pesanan {invoice} ({product}) dari {store_name} sedang kami siapkan. ' +
        'Siapkan uang tunai {total} saat kurir tiba. Ada pertanyaan? {payment_link}',
    },
  ],
};

export const followUpJob = 'follow-up.send';

/** The plan for orders paid by this method. */
export function planFor(method: FormPaymentMethod): PlannedStep[] {
  return defaultPlans[method];
}

export interface ScheduledFollowUp {
  id: string;
  dueAt: Date;
}

type PlannedOrder = Pick<Order, 'id' | 'storeId' | 'paymentMethod' | 'paymentDueAt'>;

/**
 * The order's planned follow-ups as rows (status `scheduled`), for the statement that writes the
 * order so the plan is never lost; steps at or after the payment deadline are left out (the
 * order will have expired). Queue them with `queueFollowUps` once committed.
 */
export function plannedFollowUps(
  order: PlannedOrder,
  plan: PlannedStep[],
  now: Date,
): Array<OrderFollowUp & ScheduledFollowUp> {
  return plan
    .map((step) => ({
      id: randomUUID(),
      orderId: order.id,
      storeId: order.storeId,
      kind: 'scheduled',
      attempt: step.attempt,
      message: '',
      status: 'scheduled',
      waLink: '',
      actorUserId: null,
      dueAt: new Date(now.getTime() + step.hoursAfter * 3_600_000),
      createdAt: new Date(),
      messageId: null,
      deliveryStatus: null,
      deliveryStatusAt: null,
      deliveryError: null,
    }))
    .filter((row) => !order.paymentDueAt || row.dueAt < order.paymentDueAt);
}

/** Queues each planned follow-up for its time (the follow-up sweep finds any the queue loses). */
export async function queueFollowUps(
  deps: Pick<AppDeps, 'jobs' | 'logger' | 'clock'>,
  rows: ScheduledFollowUp[],
): Promise<void> {
  for (const row of rows) {
    await enqueueSweptJob(
      deps,
      followUpJob,
      { followUpId: row.id },
      {
        jobId: `follow-up:${row.id}`,
        delayMs: delayUntil(deps, row.dueAt),
      },
    );
  }
}

/** The order ended without a sale: its planned follow-ups will not go. */
export async function stopFollowUps(tx: Tx, orderId: string): Promise<void> {
  await tx.orderFollowUp.updateMany({ where: { orderId, status: 'scheduled' }, data: { status: 'stopped' } });
}

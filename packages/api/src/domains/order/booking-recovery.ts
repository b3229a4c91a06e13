import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { isProviderUnavailable } from '../../ports/index.ts';
import { notify } from '../notification/notify.ts';
import { bookStoredOrder, recordBooking } from '../shipping/booking.ts';
import { applyOrderChange } from './change.ts';
import { claimStrandedBookingsSql } from './order.sql.ts';

// A COD order is written, then booked with the courier. A process that dies between the two (or
// while the courier is down and before the order could be undone) leaves the order in `booking`
// with no shipment: the buyer was told it is placed, and nothing would ever book it. This finds
// such orders and books them with the same idempotency key, so a booking the provider already
// made is answered again instead of a second pickup. After a few failed tries the seller is told.

type RecoveryCtx = Pick<AppDeps, 'db' | 'ports' | 'clock' | 'logger'>;

/** How long an order may sit in `booking` without a shipment before it counts as stranded. */
export const strandedAfterMs = 2 * 60 * 1000;
/** Tries before the order is handed to the seller (one per run, so minutes apart). */
export const maxBookingAttempts = 5;

export interface RecoveryResult {
  booked: number;
  failed: number;
  handedToSeller: number;
}

/**
 * One pass over stranded orders (at start-up, then periodically). Each order is claimed with a
 * guarded UPDATE that counts the attempt and moves `updatedAt`, and locked rows are skipped, so
 * several server processes never work on the same order at once.
 */
export async function recoverStrandedBookings(ctx: RecoveryCtx, limit = 50): Promise<RecoveryResult> {
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - strandedAfterMs);
  const claimed = await ctx.db.$queryRaw<Array<{ id: string }>>(
    claimStrandedBookingsSql({ now, cutoff, maxAttempts: maxBookingAttempts, limit }),
  );
  const result: RecoveryResult = { booked: 0, failed: 0, handedToSeller: 0 };
  for (const { id } of claimed) {
    const order = await ctx.db.order.findUniqueOrThrow({ where: { id } });
    try {
      const booking = await bookStoredOrder(ctx, order);
      if (await recordBooking(ctx, order, booking, { recovered: true })) result.booked += 1;
    } catch (error) {
      if (!isProviderUnavailable(error)) {
        ctx.logger.error({ err: error, orderId: id }, 'booking recovery failed');
      }
      result.failed += 1;
      if (order.bookingAttempts >= maxBookingAttempts) {
        await handToSeller(ctx, order);
        result.handedToSeller += 1;
      }
    }
  }
  if (claimed.length) ctx.logger.info({ ...result }, 'stranded courier bookings recovered');
  return result;
}

/** The last try failed: the seller books it by hand from the order page (booking is allowed there). */
async function handToSeller(ctx: RecoveryCtx, order: Pick<Order, 'id' | 'storeId' | 'status' | 'invoice'>) {
  await applyOrderChange(ctx, order, {
    type: 'booking_failed',
    details: { attempts: maxBookingAttempts },
    expect: { shipmentRef: null },
    also: (tx) =>
      notify(tx, order.storeId, {
        type: 'order.booking_failed',
        title: `Pesanan ${order.invoice} belum terdaftar di kurir`,
        body: `Pemesanan kurir untuk ${order.invoice} gagal ${maxBookingAttempts} kali. Buka pesanan dan pesan kurir ulang.`,
        link: `/store/order/${order.invoice}`,
      }),
  });
}

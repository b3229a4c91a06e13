import { describe, expect, it } from 'vitest';
import {
  canTransition,
  hasEnded,
  isHeld,
  isSale,
  manualMoves,
  onHoldStatuses,
  orderTransitions,
} from './lifecycle.ts';
import { orderPaymentMethods, orderStatuses } from './states.ts';

// The order lifecycle of the design, checked as rules rather than as a copy of the table.

const before = (status: (typeof orderStatuses)[number]) =>
  [
    'unpaid',
    'paid',
    'processing',
    'booking',
    'awaiting_confirmation',
    'ready_to_ship',
    'suspicious',
  ].includes(status);

describe('order lifecycle', () => {
  it('can cancel from every state before shipping, and from none after', () => {
    for (const status of orderStatuses) {
      expect(canTransition(status, 'canceled'), status).toBe(before(status));
    }
  });

  it('never goes back to unpaid, and nothing leaves delivered, returned or canceled', () => {
    // A held order was never anything else: released, it becomes what its checkout would have made it.
    for (const status of orderStatuses) expect(canTransition(status, 'unpaid')).toBe(status === 'suspicious');
    for (const end of ['delivered', 'returned', 'canceled'] as const)
      expect(orderTransitions[end]).toEqual([]);
    // hasEnded names exactly those.
    expect(orderStatuses.filter(hasEnded)).toEqual(['delivered', 'returned', 'canceled']);
  });

  it('a held order goes only where a checkout puts orders, or is canceled; isHeld names it', () => {
    expect(orderTransitions.suspicious).toEqual([
      'booking',
      'awaiting_confirmation',
      'unpaid',
      'paid',
      'canceled',
    ]);
    for (const status of orderStatuses) expect(canTransition(status, 'suspicious')).toBe(false);
    expect(orderStatuses.filter(isHeld)).toEqual(['suspicious']);
  });

  it('a shipped parcel ends delivered or returned, and only a shipped one can', () => {
    expect(orderTransitions.shipped).toEqual(['delivered', 'returned']);
    for (const status of orderStatuses) {
      expect(canTransition(status, 'delivered') || canTransition(status, 'returned')).toBe(
        status === 'shipped',
      );
    }
  });

  it('ships only what is ready to ship, and every state can reach an end', () => {
    for (const status of orderStatuses)
      expect(canTransition(status, 'shipped')).toBe(status === 'ready_to_ship');
    for (const start of orderStatuses) {
      const seen = new Set([start]);
      const queue = [start];
      for (let status = queue.shift(); status; status = queue.shift()) {
        for (const next of orderTransitions[status]) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      expect(
        [...seen].some((s) => orderTransitions[s].length === 0),
        start,
      ).toBe(true);
    }
  });

  it('offers by hand only lifecycle moves, and processing an unpaid order only when it is COD', () => {
    for (const status of orderStatuses) {
      for (const paymentMethod of orderPaymentMethods) {
        for (const to of manualMoves({ status, paymentMethod })) expect(canTransition(status, to)).toBe(true);
      }
    }
    expect(manualMoves({ status: 'unpaid', paymentMethod: 'bank_transfer' })).toEqual(['canceled']);
    expect(manualMoves({ status: 'unpaid', paymentMethod: 'cod' })).toEqual(['processing', 'canceled']);
    expect(manualMoves({ status: 'paid', paymentMethod: 'bank_transfer' })).toEqual([
      'processing',
      'canceled',
    ]);
  });

  it('counts as a sale every order but those on hold for a check and the canceled ones', () => {
    for (const status of orderStatuses) {
      const onHold = (onHoldStatuses as readonly string[]).includes(status);
      expect(isSale(status), status).toBe(!onHold && status !== 'canceled');
      // What the Order Shield holds is never money yet.
      if (isHeld(status)) expect(isSale(status), status).toBe(false);
    }
  });
});

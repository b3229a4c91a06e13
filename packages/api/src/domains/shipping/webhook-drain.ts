import type { AppDeps } from '../../context.ts';
import { applyKept } from './webhook.ts';
import { caughtUp, claimPending, keptSoFar } from './webhook-inbox.ts';

// The inbox drain: applies the courier notifications kept without being applied (a burst, or a
// process that died before applying). One drain at a time per process, oldest first; a shipment's
// notifications one after another in the order they arrived (a failed attempt before the delivery
// that followed it), different shipments side by side. Drains in several processes share the
// backlog through the claims.

type DrainDeps = Parameters<typeof applyKept>[0] & Pick<AppDeps, 'clock'>;

/** Notifications claimed at a time, and shipments applied at once from a claim. */
const claimBatch = 64;
const parallel = 8;

/** The drain under way per database (tests run several servers, each on its own, in one process). */
const drains = new WeakMap<object, { again: boolean }>();

/**
 * Applies every pending notification; answers how many this call applied. A call while a drain runs
 * in this process asks that one to look once more before it stops, instead of starting a second.
 */
export async function drainInbox(deps: DrainDeps): Promise<number> {
  const under = drains.get(deps.db);
  if (under) {
    under.again = true;
    return 0;
  }
  const state = { again: false };
  drains.set(deps.db, state);
  try {
    return await drain(deps, state);
  } finally {
    drains.delete(deps.db);
  }
}

async function drain(deps: DrainDeps, state: { again: boolean }): Promise<number> {
  let applied = 0;
  for (;;) {
    state.again = false;
    const seen = keptSoFar(deps);
    const rows = await claimPending(deps, claimBatch);
    const byShipment = new Map<string, typeof rows>();
    for (const row of rows) {
      const group = byShipment.get(row.body.order_no);
      if (group) group.push(row);
      else byShipment.set(row.body.order_no, [row]);
    }
    const queue = [...byShipment.values()];
    const worker = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const row of group) await applyKept(deps, row.body, row.attempts);
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
    applied += rows.length;
    if (rows.length < claimBatch && !state.again && caughtUp(deps, seen)) return applied;
  }
}

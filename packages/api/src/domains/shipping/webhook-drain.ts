import type { AppDeps } from '../../context.ts';
import { applyKept } from './webhook.ts';
import { claimPending } from './webhook-inbox.ts';

// The inbox drain: applies the courier notifications kept without being applied (a burst, or a
// process that died before applying). One drain at a time per process, a few notifications at once,
// so applying a backlog never crowds out the requests still arriving; drains in several processes
// share the backlog through the claims.

type DrainDeps = Parameters<typeof applyKept>[0] & Pick<AppDeps, 'clock'>;

/** Notifications claimed at a time, and applied at once from a claim. */
const claimBatch = 32;
const parallel = 4;

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
    const rows = await claimPending(deps, claimBatch);
    for (let i = 0; i < rows.length; i += parallel) {
      await Promise.all(rows.slice(i, i + parallel).map((row) => applyKept(deps, row.body, row.attempts)));
    }
    applied += rows.length;
    if (rows.length < claimBatch && !state.again) return applied;
  }
}

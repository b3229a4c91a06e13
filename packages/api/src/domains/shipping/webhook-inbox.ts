import type { AppDeps } from '../../context.ts';
import type { BoscodWebhookBody } from '../../ports/shipping/webhook.ts';
import { claimPendingInbox, keepInboxRow, pruneAppliedInbox, settleInboxRow } from './shipping.sql.ts';

// The courier's notifications are kept before they are applied (ShippingWebhookInbox). Keeping one
// is a single INSERT, so BosCOD is answered at once however many arrive; applying one (an order
// change, its timeline, BosPay, outgoing webhooks) costs several times more. A process applies a
// notification while answering it when it has room (few applications under way), so a quiet day
// looks synchronous; in a burst it answers 202 and the inbox drain (a job) applies the rest as
// capacity frees up. A notification kept by a process that then died is pending (or its claim
// runs out) and the next drain applies it: none is lost, and applying one twice changes nothing.

export type InboxDeps = Pick<AppDeps, 'db' | 'clock'>;

/** How a notification ended up: moved the order, found it already there, found no order, or gave up. */
export type InboxOutcome = 'applied' | 'unchanged' | 'no_order' | 'failed';

export interface KeptRow {
  /** A new notification (or one about an order we did not know, to try again). */
  fresh: boolean;
  /** Claimed by this process to apply now (only when fresh and asked for). */
  claimed: boolean;
  /** For a redelivery: how the first one ended, null while it is pending. */
  outcome: InboxOutcome | null;
}

/** How long a claim holds a notification before another drain may take it (its process died). */
export const claimMs = 60_000;
/** Tries before a notification that keeps failing is given up (and logged). */
export const maxAttempts = 10;

const inboxId = (body: BoscodWebhookBody) => `boscod:${body.id}`;

/**
 * Keeps a verified notification, claimed for this process when `claim` (it applies it now). A
 * redelivery finds the first row: as it is, or, when that one named an order we did not know (the
 * booking may have been saved since), made pending again so it is applied once more.
 */
export async function keep(deps: InboxDeps, body: BoscodWebhookBody, claim: boolean): Promise<KeptRow> {
  const now = deps.clock.now();
  const claimedUntil = claim ? new Date(now.getTime() + claimMs) : null;
  const rows = await deps.db.$queryRaw<Array<{ id: string }>>(
    keepInboxRow({
      id: inboxId(body),
      body: JSON.stringify(body),
      now,
      claimedUntil,
      attempts: claim ? 1 : 0,
    }),
  );
  if (rows.length > 0) return { fresh: true, claimed: claim, outcome: null };
  const first = await deps.db.shippingWebhookInbox.findUnique({
    where: { id: inboxId(body) },
    select: { outcome: true },
  });
  return { fresh: false, claimed: false, outcome: (first?.outcome ?? null) as InboxOutcome | null };
}

/** Records how a notification ended; it leaves the pending ones. */
export async function settle(deps: InboxDeps, body: BoscodWebhookBody, outcome: InboxOutcome) {
  await deps.db.$executeRaw(settleInboxRow(inboxId(body), outcome, deps.clock.now()));
}

/**
 * Per database, how many notifications this process has kept without applying them since the drain
 * last caught up. While there are any, new ones are kept too rather than applied at once, so a
 * shipment's notifications are applied in the order they came (a newer one never overtakes one
 * still waiting).
 */
const keptUnapplied = new WeakMap<object, number>();
export const fallenBehind = (deps: InboxDeps) =>
  keptUnapplied.set(deps.db, (keptUnapplied.get(deps.db) ?? 0) + 1);
export const isBehind = (deps: InboxDeps) => keptUnapplied.has(deps.db);
/** The count now, to hand back to `caughtUp` after a claim found nothing more. */
export const keptSoFar = (deps: InboxDeps) => keptUnapplied.get(deps.db) ?? 0;
/**
 * Ends "behind" unless more were kept since `seen` (read before the claim that came back short):
 * those were inserted after that claim looked, so the drain must look once more.
 */
export function caughtUp(deps: InboxDeps, seen: number): boolean {
  if (keptSoFar(deps) !== seen) return false;
  keptUnapplied.delete(deps.db);
  return true;
}

export interface ClaimedRow {
  body: BoscodWebhookBody;
  attempts: number;
}

/**
 * Claims up to `limit` pending notifications, oldest first, for this drain. SKIP LOCKED lets drains
 * in several processes share the backlog; a claim that runs out (its process died) is free again.
 */
export async function claimPending(deps: InboxDeps, limit: number): Promise<ClaimedRow[]> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + claimMs);
  const rows = await deps.db.$queryRaw<Array<ClaimedRow & { seq: bigint }>>(
    claimPendingInbox(now, until, limit),
  );
  // RETURNING follows no ORDER BY: put them back in arrival order.
  return rows.sort((a, b) => (a.seq < b.seq ? -1 : 1)).map(({ body, attempts }) => ({ body, attempts }));
}

/** Applied notifications are kept this long (what BosCOD sent, for support), then deleted. */
export const keepAppliedMs = 30 * 24 * 60 * 60_000;

/** Deletes applied notifications past their keeping time, a batch at a time; answers how many. */
export async function pruneApplied(deps: InboxDeps, batch = 5_000): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - keepAppliedMs);
  let deleted = 0;
  for (;;) {
    const count = await deps.db.$executeRaw(pruneAppliedInbox(before, batch));
    deleted += count;
    if (count < batch) return deleted;
  }
}

export const inboxDrainJob = 'shipping.inbox-drain';
/** A kick drains; the periodic run (empty payload) also deletes old applied notifications. */
export interface DrainPayload {
  kicked?: boolean;
}

/**
 * Wakes the drain for notifications kept without being applied. One job a second however many ask,
 * run a second later so it finds that second's notifications kept (a drain that already ran this
 * second would miss them). Callers may ignore its failure: the periodic drain finds them too.
 */
export async function kickInboxDrain(deps: Pick<AppDeps, 'jobs' | 'clock'>): Promise<void> {
  const second = Math.floor(deps.clock.now().getTime() / 1000);
  await deps.jobs
    .enqueue<DrainPayload>(
      inboxDrainJob,
      { kicked: true },
      { jobId: `${inboxDrainJob}:${second}`, delayMs: 1_000 },
    )
    .catch(() => undefined);
}

import { formPath, subdomainHostname } from '@bosonline/contracts';
import type { AbandonedCheckout } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { waLink } from '../../lib/whatsapp.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';

// The invitation back to a buyer who left a form unfinished, whoever sends it: the seller from
// the abandoned list, or the reminder job an hour after the buyer's last keystroke.

type ReminderDeps = Pick<AppDeps, 'db' | 'ports'> & Partial<Pick<AppDeps, 'publicUrl'>>;

/** The store's name, and its default verified domain or subdomain slug for the form's link. */
const storeSelect = {
  name: true,
  slug: true,
  domains: { where: { isDefault: true, status: 'verified' }, select: { hostname: true }, take: 1 },
} as const;

/**
 * Where buyers reach the form: the store's default domain or subdomain, else this server's own
 * address (a bare path would not open from WhatsApp).
 */
function formLink(
  store: { slug: string | null; domains: Array<{ hostname: string }> },
  slug: string,
  publicUrl: string | undefined,
): string {
  const host = store.domains[0]?.hostname ?? (store.slug ? subdomainHostname(store.slug) : null);
  return host ? `https://${host}${formPath(slug)}` : `${publicUrl ?? ''}${formPath(slug)}`;
}

/**
 * Sends the approved `abandoned_checkout` template; `sent` is false when the provider is down,
 * and the `wa.me` link carries the same text so CS can send it by hand.
 */
export async function sendReminder(
  deps: ReminderDeps,
  row: Pick<AbandonedCheckout, 'storeId' | 'buyerName' | 'buyerPhone'>,
  form: { slug: string },
): Promise<{ sent: boolean; waLink: string }> {
  // One read of the store for both its name and where its forms are reached.
  const store = await deps.db.store.findUniqueOrThrow({ where: { id: row.storeId }, select: storeSelect });
  const url = formLink(store, form.slug, deps.publicUrl);
  const name = row.buyerName ?? 'Kak';
  const text =
    `Halo ${name}, pesanan Anda di ${store.name} belum selesai. ` +
    `Yuk, selesaikan pesanan Anda di sini: ${url}\nTerima kasih!`;
  const link = waLink(row.buyerPhone, text);
  try {
    await deps.ports.messaging.send({
      to: row.buyerPhone,
      template: 'abandoned_checkout',
      language: 'id',
      params: [name, store.name, url],
      text,
    });
  } catch (error) {
    if (error instanceof MessagingUnavailableError) return { sent: false, waLink: link };
    throw error;
  }
  return { sent: true, waLink: link };
}

/** A buyer quiet this long after their last keystroke gets the reminder… */
export const remindAfterMs = 60 * 60_000;
/** …unless they left more than this long ago (a reminder days later reads as spam). */
export const remindWithinMs = 3 * 86_400_000;

/**
 * One pass of the automatic reminder: every abandoned checkout quiet for an hour, not ordered and
 * never followed up, on a form still published, gets the reminder once. Each row is claimed by a
 * guarded update of `followedUpAt` before sending, so two passes never both send; when WhatsApp is
 * down the claim is given back and the next pass tries again.
 */
export async function remindAbandonedCheckouts(
  deps: Pick<AppDeps, 'db' | 'ports' | 'clock' | 'logger'>,
  batch = 200,
): Promise<number> {
  const now = deps.clock.now();
  const rows = await deps.db.abandonedCheckout.findMany({
    where: {
      orderId: null,
      followedUpAt: null,
      updatedAt: {
        lte: new Date(now.getTime() - remindAfterMs),
        gt: new Date(now.getTime() - remindWithinMs),
      },
      form: { status: 'active', deletedAt: null },
    },
    orderBy: { updatedAt: 'asc' },
    include: { form: { select: { slug: true } } },
    take: batch,
  });
  let sent = 0;
  for (const row of rows) {
    const { count } = await deps.db.abandonedCheckout.updateMany({
      where: { id: row.id, orderId: null, followedUpAt: null },
      data: { followedUpAt: now },
    });
    if (count === 0) continue;
    const result = await sendReminder(deps, row, row.form);
    if (result.sent) {
      sent += 1;
      continue;
    }
    await deps.db.abandonedCheckout.updateMany({ where: { id: row.id }, data: { followedUpAt: null } });
    deps.logger.warn('abandoned-checkout reminders paused: WhatsApp is unavailable');
    break;
  }
  return sent;
}

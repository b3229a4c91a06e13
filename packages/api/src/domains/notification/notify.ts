import type { Db } from '@bosonline/db';

export interface NewNotification {
  /** A stable machine key the dashboard can pick an icon by, e.g. `domain.verified`, `stock.low`. */
  type: string;
  title: string;
  body: string;
  /** Where the dashboard should take the seller, e.g. `/store/domain`. */
  link?: string | null;
}

/** Tells a store's staff about something; pass a transaction client to commit it with the change. */
export async function notify(db: Pick<Db, 'notification'>, storeId: string, notification: NewNotification) {
  return db.notification.create({
    data: {
      storeId,
      type: notification.type,
      title: notification.title,
      body: notification.body,
      link: notification.link ?? null,
    },
  });
}

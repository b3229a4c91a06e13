import type { Db } from '@bosonline/db';
import type { Cell, ExportScope, ExportSource } from '../downloads/table-file.ts';
import { formSettings } from './settings.ts';

const batchSize = 500;

/**
 * "Form list Download": the store's live forms, oldest first, fetched in keyset batches along the
 * (storeId, createdAt, id) index so memory stays flat.
 */
async function* rows(db: Db, { tenant }: ExportScope): AsyncGenerator<Cell[]> {
  const { storeId } = tenant;
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const batch = await db.form.findMany({
      where: {
        storeId,
        deletedAt: null,
        ...(after
          ? {
              OR: [
                { createdAt: { gt: after.createdAt } },
                { createdAt: after.createdAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: batchSize,
      include: { _count: { select: { items: true } } },
    });
    for (const form of batch) {
      const settings = formSettings(form);
      yield [
        form.name,
        form.slug,
        form.status,
        settings.paymentMethods.join(', '),
        settings.couriers.map((c) => `${c.code}: ${c.services.join(' ')}`).join('; '),
        form._count.items,
        form.createdAt.toISOString(),
      ];
    }
    if (batch.length < batchSize) return;
    after = batch.at(-1);
  }
}

/** The forms' download, registered in ../downloads/sources.ts. */
export const formExport: ExportSource = {
  headers: ['Name', 'Slug', 'Status', 'Payment methods', 'Couriers', 'Items', 'Created at'],
  rows,
};

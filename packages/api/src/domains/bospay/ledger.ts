import type { BosPayEntryKind } from '@bosonline/contracts';
import type { Tx } from '../inventory/ledger.ts';

export interface BosPayMovement {
  storeId: string;
  kind: BosPayEntryKind;
  /** Rupiah: positive in, negative out. */
  amount: number;
  orderId?: string | null;
  invoice?: string | null;
  note?: string | null;
}

/**
 * Writes movements of the seller's BosPay balance, in the caller's transaction (with the order
 * change that causes them). One movement of a kind per order: a replayed webhook or a retried job
 * writes nothing the second time. Gateway payments (payment/settle.ts) and the BosCOD webhook's
 * delivered and returned COD parcels (courier.ts) land here.
 */
export async function recordBosPay(tx: Tx, movements: BosPayMovement[]): Promise<void> {
  const rows = movements
    .filter((m) => m.amount !== 0)
    .map((m) => ({
      storeId: m.storeId,
      kind: m.kind,
      amount: m.amount,
      orderId: m.orderId ?? null,
      invoice: m.invoice ?? null,
      note: m.note ?? null,
    }));
  if (rows.length) await tx.bosPayEntry.createMany({ data: rows, skipDuplicates: true });
}

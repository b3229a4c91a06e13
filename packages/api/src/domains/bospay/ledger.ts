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
 * writes nothing the second time. Gateway payments land here; the BosCOD webhook adds COD
 * remittances (`cod_remittance`) and RTS charges (`rts_charge`) the same way.
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

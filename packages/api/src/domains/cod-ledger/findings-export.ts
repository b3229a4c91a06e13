import { can, codFindingsExportInput } from '@bosonline/contracts';
import { z } from 'zod';
import type { Cell, ExportSource } from '../downloads/table-file.ts';
import { findingsOf } from './report.ts';

/** The link's parameters: the findings' filter and the instant they were asked for. */
export const codFindingsLinkParams = codFindingsExportInput
  .unwrap()
  .omit({ format: true })
  .extend({ asOf: z.iso.datetime() });

/**
 * The COD ledger's findings as a file (through the downloads engine). As of the instant the link
 * was made, so the file says what the page said; a member whose role no longer sees the ledger gets
 * the header only.
 */
export const codFindingsExport: ExportSource = {
  headers: ['Finding', 'AWB', 'Invoice', 'Courier', 'Day', 'Expected', 'Remitted', 'Lines', 'Sources'],
  async *rows(db, { tenant, params }) {
    const parsed = codFindingsLinkParams.safeParse(params);
    if (!parsed.success || !can(tenant.role, 'codLedger.manage')) return;
    const { kind, dueAfterDays, asOf } = parsed.data;
    for (const f of await findingsOf(db, tenant.storeId, new Date(asOf), dueAfterDays)) {
      if (kind && f.kind !== kind) continue;
      const cells: Cell[] = [
        f.kind,
        f.awb,
        f.invoice,
        f.courierCode,
        f.day,
        f.expected,
        f.remitted,
        f.lines,
        f.sources.join('; '),
      ];
      yield cells;
    }
  },
};

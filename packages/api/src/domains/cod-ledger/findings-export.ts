import { can, codFindingsFilterFields } from '@bosonline/contracts';
import { z } from 'zod';
import type { Cell, ExportSource } from '../downloads/table-file.ts';
import { findingsOf, rangeOf } from './report.ts';

/** The link's parameters: the findings' filter (range resolved) and the instant they were asked for. */
export const codFindingsLinkParams = codFindingsFilterFields.extend({ asOf: z.iso.datetime() });

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
    const range = rangeOf(new Date(asOf), parsed.data);
    for (const f of await findingsOf(db, tenant.storeId, new Date(asOf), dueAfterDays, { range })) {
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

import {
  adminCodLedgerInput,
  adminCodLedgerOutput,
  codFindingsExportInput,
  codFindingsInput,
  codFindingsOutput,
  codLedgerReportInput,
  codLedgerReportOutput,
  codOrderInput,
  codOrderOutput,
  codRemittanceFilesOutput,
  codRemittanceUploadOutput,
  exportLinkOutput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { adminCan, router, sellerCan } from '../../trpc.ts';
import { exportLink } from '../downloads/link.ts';
import * as ledger from './report.ts';
import * as remittances from './upload.ts';

// Money: owners and store admins (`codLedger.manage`), never CS.
const seller = sellerCan('codLedger.manage');

export const codLedgerRouter = router({
  report: seller
    .input(codLedgerReportInput)
    .output(codLedgerReportOutput)
    .query(({ ctx, input }) => ledger.report(ctx, input)),
  findings: seller
    .input(codFindingsInput)
    .output(codFindingsOutput)
    .query(({ ctx, input }) => ledger.findings(ctx, input)),
  exportFindings: seller
    .input(codFindingsExportInput)
    .output(exportLinkOutput)
    .query(({ ctx, input }) => {
      const { format, ...filter } = input;
      const now = ctx.clock.now();
      // The days resolved now, so a range the page could not show is refused here, not in the file.
      const { fromDay, toDay } = ledger.rangeOf(now, filter);
      const params = { ...filter, from: fromDay, to: toDay, asOf: now.toISOString() };
      return exportLink(ctx, { kind: 'codFindings', format, params });
    }),
  order: seller
    .input(codOrderInput)
    .output(codOrderOutput)
    .query(({ ctx, input }) => ledger.order(ctx, input)),
  files: seller.output(codRemittanceFilesOutput).query(({ ctx }) => remittances.files(ctx)),
  upload: seller
    .input(z.instanceof(FormData, { message: 'Send the remittance file as multipart/form-data' }))
    .output(codRemittanceUploadOutput)
    .mutation(({ ctx, input }) => remittances.upload(ctx, input)),
});

/** `admin.codLedger`: finance and superadmins watch the cash couriers hold for every seller. */
export const codLedgerAdminRouter = router({
  report: adminCan('codLedger.view')
    .input(adminCodLedgerInput)
    .output(adminCodLedgerOutput)
    .query(({ ctx, input }) => ledger.adminReport(ctx, input)),
});

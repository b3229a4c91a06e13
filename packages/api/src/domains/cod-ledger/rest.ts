import { restRoutes } from '../../rest/route.ts';

const tag = 'COD Ledger';

export const codLedgerRest = restRoutes([
  {
    method: 'GET',
    path: '/store/cod-ledger',
    procedure: 'codLedger.report',
    summary:
      'Kas COD: cash in transit by age, and expected vs remitted per day and courier (`?from=&to=&due_after_days=`; WIB days delivered or returned, the last 30 by default, at most 366)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/cod-ledger/findings',
    procedure: 'codLedger.findings',
    summary:
      'Remittance findings: short_paid, overpaid, paid_twice, not_remitted, unknown_awb (`?kind=&from=&to=&due_after_days=`; WIB days delivered, an unknown AWB remitted, the last 30 by default)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/cod-ledger/findings/download',
    procedure: 'codLedger.exportFindings',
    summary: 'Download the findings (`?format=csv|xlsx&kind=&from=&to=`): a 5-minute link to the file',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/cod-ledger/order/{invoice}',
    procedure: 'codLedger.order',
    summary:
      "A COD order's breakdown (expected COD, courier fee, COD fee, insurance, RTS charge, net) and remittances",
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/cod-ledger/remittance',
    procedure: 'codLedger.files',
    summary: 'Uploaded courier remittance files, newest first',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/cod-ledger/remittance',
    procedure: 'codLedger.upload',
    summary:
      'Upload a courier remittance file (multipart `file`: CSV or XLSX with AWB and amount columns; `preview=true`, a form field or `?preview=true`, records nothing)',
    tag,
    message: (d) =>
      d.preview
        ? 'Remittance file checked; nothing recorded.'
        : d.duplicate
          ? 'This file was uploaded before; nothing changed.'
          : 'Remittance file has been recorded.',
    upload: true,
    formFields: {
      preview: {
        type: 'boolean',
        description: '`true`: check the file and answer its findings, recording nothing (no file_id)',
      },
      due_after_days: {
        type: 'integer',
        description: 'Days after delivery a parcel is due (1–90, default 7), for `not_remitted`',
      },
    },
  },
  {
    method: 'GET',
    path: '/admin/cod-ledger',
    procedure: 'admin.codLedger.report',
    summary:
      "COD cash in transit per seller store, by age, and each store's findings counted by kind (`?store_id=&from=&to=&due_after_days=`; finance, superadmin)",
    tag: 'AdminBosOnline',
    message: 'Success',
  },
]);

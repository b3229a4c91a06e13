import { z } from 'zod';
import { uuidSchema } from './common.ts';
import { exportFormats } from './product.ts';
import { datesInOrder, datesMessage, invoiceSchema, jakartaDay } from './store-order.ts';

// The COD cash ledger: what couriers collected for a store's COD parcels, what they remitted
// (BosPay COD credits and uploaded courier remittance files), and where the two disagree.

const money = z.number().int();
const count = z.number().int();

/**
 * Days after delivery within which a courier is expected to remit a COD parcel; past them an
 * unremitted parcel is a `not_remitted` finding.
 */
const dueAfterDays = z.coerce.number().int().min(1).max(90).default(7);

/**
 * Per-order money of a COD parcel. `expectedCod`: what the courier collects from the buyer (the
 * order's total; 0 when the parcel came back). `rtsCharge`: the return trip the courier bills on
 * a returned parcel. `net`: what reaches the seller once the courier keeps its charges.
 */
export const codBreakdownOutput = z.object({
  expectedCod: money,
  courierFee: money,
  codFee: money,
  insurance: money,
  rtsCharge: money,
  net: money,
});
export type CodBreakdown = z.infer<typeof codBreakdownOutput>;

/** The longest span of days one report or list covers. */
export const codLedgerMaxDays = 366;
const daysApart = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * WIB days by when parcels were delivered (or returned, in the report), `from` to `to` inclusive:
 * the last 30 days up to `to` (today by default) when `from` is not given, at most a year.
 */
const range = {
  from: jakartaDay.optional(),
  to: jakartaDay.optional(),
};
const withinRange = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema
    .refine(datesInOrder, datesMessage)
    .refine((f) => !f.from || !f.to || daysApart(f.from, f.to) < codLedgerMaxDays, {
      message: `At most ${codLedgerMaxDays} days at once`,
      path: ['from'],
    });

export const codLedgerReportInput = withinRange(z.object({ ...range, dueAfterDays })).prefault({});

const sums = codBreakdownOutput.extend({
  delivered: count,
  returned: count,
  remitted: money,
  /** Expected minus remitted: what the courier still owes for these parcels. */
  outstanding: money,
});

export const codAgeBuckets = ['0-7', '8-14', '15-30', '31+'] as const;
const buckets = z.array(z.object({ bucket: z.enum(codAgeBuckets), orders: count, amount: money }));

/**
 * The seller's report: cash in transit (delivered COD parcels not remitted yet, by days since
 * delivery), and per WIB day of delivery or return and per courier, expected against remitted.
 */
export const codLedgerReportOutput = z.object({
  from: z.string(),
  to: z.string(),
  inTransit: z.object({ orders: count, amount: money, overdueOrders: count, overdueAmount: money, buckets }),
  rows: z.array(sums.extend({ day: z.string(), courierCode: z.string() })),
  totals: sums,
});

export const codFindingKinds = [
  'short_paid',
  'overpaid',
  'paid_twice',
  'not_remitted',
  'unknown_awb',
] as const;
export type CodFindingKind = (typeof codFindingKinds)[number];

/**
 * A mismatch between what was expected and what was remitted; lines summing to the expected COD
 * amount (a payment in parts) are none. `short_paid`: remitted below it, in one line or several.
 * `overpaid`: above it. `paid_twice`: above it, with one amount remitted more than once (the same
 * line in two files, a file line and a BosPay credit). `not_remitted`: a
 * delivered COD parcel absent from every remittance `dueAfterDays` after delivery.
 * `unknown_awb`: a remitted line whose AWB is none of the store's orders.
 */
export const codFindingOutput = z.object({
  kind: z.enum(codFindingKinds),
  awb: z.string().nullable(),
  invoice: z.string().nullable(),
  courierCode: z.string().nullable(),
  /** WIB day the parcel was delivered (or, for an unknown AWB, remitted). */
  day: z.string().nullable(),
  expected: money.nullable(),
  remitted: money,
  /** Remittance lines for this AWB. */
  lines: count,
  /** Where the lines came from: `<file> row <n>` or `BosPay`. */
  sources: z.array(z.string()),
});
export type CodFinding = z.infer<typeof codFindingOutput>;

const findingCounts = z.record(z.enum(codFindingKinds), count);

/** The findings of parcels delivered (an unknown AWB: remitted) within the range of days. */
export const codFindingsInput = withinRange(
  z.object({ kind: z.enum(codFindingKinds).optional(), ...range, dueAfterDays }),
).prefault({});
export const codFindingsOutput = z.object({
  /** The range the findings cover, as resolved (the defaults filled in). */
  from: z.string(),
  to: z.string(),
  findings: z.array(codFindingOutput),
  counts: findingCounts,
});
/** What a findings file is made of (the export's input without its format; a download link's). */
export const codFindingsFilterFields = z.object({
  kind: z.enum(codFindingKinds).optional(),
  ...range,
  dueAfterDays,
});
export const codFindingsExportInput = withinRange(
  codFindingsFilterFields.extend({ format: z.enum(exportFormats).default('csv') }),
).prefault({});

/** What an uploaded remittance file did (or, with `preview`, would do). */
export const codRemittanceUploadOutput = z.object({
  fileId: z.string().nullable(),
  preview: z.boolean(),
  /** The same file (by its SHA-256) was uploaded before: nothing was recorded again. */
  duplicate: z.boolean(),
  rows: count,
  /** Lines recorded now; `skipped` were recorded already from an earlier file. */
  recorded: count,
  skipped: count,
  matched: count,
  unknown: count,
  amount: money,
  /** The findings the file's AWBs take part in. */
  findings: z.array(codFindingOutput),
});

export const codRemittanceFilesOutput = z.object({
  files: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      format: z.string(),
      rows: count,
      skipped: count,
      amount: money,
      createdAt: z.date(),
    }),
  ),
});

export const codOrderInput = z.object({ invoice: invoiceSchema });
export const codOrderOutput = codBreakdownOutput.extend({
  invoice: z.string(),
  awb: z.string().nullable(),
  status: z.string(),
  remitted: money,
  remittances: z.array(z.object({ source: z.string(), amount: money, day: z.string() })),
});

/**
 * The platform's view: per store (or one), the cash its couriers hold and how old it is, and its
 * findings within the range of days, counted by kind.
 */
export const adminCodLedgerInput = withinRange(
  z.object({ storeId: uuidSchema.optional(), ...range, dueAfterDays }),
).prefault({});
export const adminCodLedgerOutput = z.object({
  from: z.string(),
  to: z.string(),
  stores: z.array(
    z.object({
      storeId: z.string(),
      storeName: z.string(),
      orders: count,
      amount: money,
      overdueOrders: count,
      overdueAmount: money,
      buckets,
      findings: findingCounts,
    }),
  ),
  totals: z.object({
    orders: count,
    amount: money,
    overdueOrders: count,
    overdueAmount: money,
    findings: findingCounts,
  }),
});

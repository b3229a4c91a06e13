import {
  type adminCodLedgerInput,
  type adminCodLedgerOutput,
  type CodBreakdown,
  type CodFinding,
  codAgeBuckets,
  codFindingKinds,
  type codFindingsInput,
  codLedgerMaxDays,
  type codLedgerReportInput,
  type codLedgerReportOutput,
  type codOrderInput,
  type codOrderOutput,
} from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import { jakartaDay, jakartaDayStart } from '../order/filter.ts';
import { codBreakdown } from './breakdown.ts';
import {
  type AgeCutoffs,
  daySumsSql,
  type FindingRow,
  type FindingScope,
  findingCountsSql,
  findingsSql,
  inTransitSql,
} from './cod-ledger.sql.ts';

// The COD cash ledger's reads: the seller's report, the findings, one order's breakdown, and the
// platform staff's report across sellers.

type ReadCtx = Pick<Context, 'db' | 'clock'> & { tenant: { storeId: string } };
type Report = z.output<typeof codLedgerReportOutput>;
type Sums = Report['totals'];

const dayMs = 24 * 60 * 60 * 1000;
const defaultRangeDays = 30;

type Range = NonNullable<FindingScope['range']>;
type Counts = Record<CodFinding['kind'], number>;

/**
 * The WIB days a report or list covers, `from` to `to` inclusive, with the instants they span: the
 * last 30 days up to `to` (today by default) when `from` is not given. The contracts check a range
 * given whole; one completed here is checked the same.
 */
export function rangeOf(now: Date, input: { from?: string; to?: string }): Range {
  const toDay = input.to ?? jakartaDay(now);
  const fromDay =
    input.from ?? jakartaDay(new Date(jakartaDayStart(toDay).getTime() - (defaultRangeDays - 1) * dayMs));
  if (fromDay > toDay) throw invalidField('to', 'The end date is before the start date');
  const start = jakartaDayStart(fromDay);
  const end = new Date(jakartaDayStart(toDay).getTime() + dayMs);
  if ((end.getTime() - start.getTime()) / dayMs > codLedgerMaxDays) {
    throw invalidField('from', `At most ${codLedgerMaxDays} days at once`);
  }
  return { fromDay, toDay, start, end };
}

export function cutoffs(now: Date, dueAfterDays: number): AgeCutoffs {
  const ago = (days: number) => new Date(now.getTime() - days * dayMs);
  return { days7: ago(8), days14: ago(15), days30: ago(31), due: ago(dueAfterDays) };
}

interface TransitRow {
  storeId: string;
  bucket: (typeof codAgeBuckets)[number];
  overdue: boolean;
  orders: number;
  amount: number;
}

function transitOf(rows: TransitRow[]) {
  const buckets = codAgeBuckets.map((bucket) => ({ bucket, orders: 0, amount: 0 }));
  const sum = { orders: 0, amount: 0, overdueOrders: 0, overdueAmount: 0 };
  for (const row of rows) {
    const b = buckets.find((x) => x.bucket === row.bucket);
    if (b) {
      b.orders += row.orders;
      b.amount += row.amount;
    }
    sum.orders += row.orders;
    sum.amount += row.amount;
    if (row.overdue) {
      sum.overdueOrders += row.orders;
      sum.overdueAmount += row.amount;
    }
  }
  return { ...sum, buckets };
}

const zero = (): Sums => ({
  expectedCod: 0,
  courierFee: 0,
  codFee: 0,
  insurance: 0,
  rtsCharge: 0,
  net: 0,
  delivered: 0,
  returned: 0,
  remitted: 0,
  outstanding: 0,
});

function add(into: Sums, money: CodBreakdown, status: string, orders: number, remitted: number) {
  for (const key of Object.keys(money) as Array<keyof CodBreakdown>) into[key] += money[key];
  if (status === 'delivered') into.delivered += orders;
  else into.returned += orders;
  into.remitted += remitted;
  into.outstanding = into.expectedCod - into.remitted;
}

/**
 * The seller's report: cash in transit by age (as of now), and per WIB day and courier, from `from`
 * to `to` (the last 30 days by default), what the courier should remit and what it did.
 */
export async function report(ctx: ReadCtx, input: z.output<typeof codLedgerReportInput>): Promise<Report> {
  const now = ctx.clock.now();
  const range = rangeOf(now, input);
  const storeId = ctx.tenant.storeId;
  const [transit, groups] = await Promise.all([
    ctx.db.$queryRaw<TransitRow[]>(inTransitSql(storeId, cutoffs(now, input.dueAfterDays))),
    ctx.db.$queryRaw<
      Array<{
        day: string;
        courierCode: string;
        status: string;
        orders: number;
        total: number;
        shippingCost: number;
        codFee: number;
        insuranceFee: number;
        remitted: number;
      }>
    >(daySumsSql(storeId, range.start, range.end)),
  ]);
  const rows = new Map<string, Report['rows'][number]>();
  const totals = zero();
  for (const g of groups) {
    const key = `${g.day} ${g.courierCode}`;
    const row = rows.get(key) ?? { day: g.day, courierCode: g.courierCode, ...zero() };
    rows.set(key, row);
    const money = codBreakdown({ ...g, paymentMethod: 'cod' });
    add(row, money, g.status, g.orders, g.remitted);
    add(totals, money, g.status, g.orders, g.remitted);
  }
  return {
    from: range.fromDay,
    to: range.toDay,
    inTransit: transitOf(transit),
    rows: [...rows.values()],
    totals,
  };
}

/**
 * The store's findings as of `now`: of the parcels delivered (an unknown AWB: remitted) within
 * `range`, or of the AWBs `awbs` whenever (what one uploaded file touches).
 */
export async function findingsOf(
  db: Pick<Db, '$queryRaw'>,
  storeId: string,
  now: Date,
  dueAfterDays: number,
  narrow: { awbs?: string[]; range?: Range },
): Promise<CodFinding[]> {
  const rows = await db.$queryRaw<FindingRow[]>(
    findingsSql({ storeId, dueBefore: cutoffs(now, dueAfterDays).due, ...narrow }),
  );
  return rows.map(({ storeId: _store, ...r }) => ({
    ...r,
    kind: r.kind as CodFinding['kind'],
    expected: r.expected === null ? null : Number(r.expected),
    remitted: Number(r.remitted),
  }));
}

const noFindings = (): Counts => Object.fromEntries(codFindingKinds.map((k) => [k, 0])) as Counts;

/** The store's findings within the range of days (or of one kind), with counts per kind. */
export async function findings(ctx: ReadCtx, input: z.output<typeof codFindingsInput>) {
  const range = rangeOf(ctx.clock.now(), input);
  const all = await findingsOf(ctx.db, ctx.tenant.storeId, ctx.clock.now(), input.dueAfterDays, { range });
  const counts = noFindings();
  for (const f of all) counts[f.kind] += 1;
  return {
    from: range.fromDay,
    to: range.toDay,
    findings: input.kind ? all.filter((f) => f.kind === input.kind) : all,
    counts,
  };
}

/** One COD order's breakdown and every remittance naming it. */
export async function order(
  ctx: ReadCtx,
  input: z.output<typeof codOrderInput>,
): Promise<z.output<typeof codOrderOutput>> {
  const storeId = ctx.tenant.storeId;
  const row = await ctx.db.order.findFirst({
    where: { storeId, invoice: input.invoice, paymentMethod: 'cod' },
  });
  if (!row) throw notFound('COD order');
  const [lines, credits] = await Promise.all([
    ctx.db.codRemittanceLine.findMany({
      where: { storeId, orderId: row.id },
      include: { file: { select: { filename: true } } },
      orderBy: [{ remittedOn: 'asc' }, { rowNumber: 'asc' }],
    }),
    ctx.db.bosPayEntry.findMany({ where: { storeId, orderId: row.id, kind: 'cod_remittance' } }),
  ]);
  const remittances = [
    ...credits.map((c) => ({ source: 'BosPay', amount: c.amount, day: jakartaDay(c.createdAt) })),
    ...lines.map((l) => ({
      source: `${l.file.filename} row ${l.rowNumber}`,
      amount: l.amount,
      day: l.remittedOn.toISOString().slice(0, 10),
    })),
  ];
  return {
    ...codBreakdown(row),
    invoice: row.invoice,
    awb: row.awb,
    status: row.status,
    remitted: remittances.reduce((sum, r) => sum + r.amount, 0),
    remittances,
  };
}

/**
 * The platform staff's report: per store (or one), the cash its couriers hold and how old it is,
 * and its findings within the range of days counted by kind. A store with either shows.
 */
export async function adminReport(
  ctx: Pick<Context, 'db' | 'clock'>,
  input: z.output<typeof adminCodLedgerInput>,
): Promise<z.output<typeof adminCodLedgerOutput>> {
  const now = ctx.clock.now();
  const range = rangeOf(now, input);
  const cut = cutoffs(now, input.dueAfterDays);
  const storeId = input.storeId ?? null;
  const [rows, found] = await Promise.all([
    ctx.db.$queryRaw<TransitRow[]>(inTransitSql(storeId, cut)),
    ctx.db.$queryRaw<Array<{ storeId: string; kind: CodFinding['kind']; count: number }>>(
      findingCountsSql({ storeId, dueBefore: cut.due, range }),
    ),
  ]);
  const byStore = new Map<string, TransitRow[]>();
  for (const row of rows) byStore.set(row.storeId, [...(byStore.get(row.storeId) ?? []), row]);
  const countsOf = new Map<string, Counts>();
  const totalFindings = noFindings();
  for (const f of found) {
    const counts = countsOf.get(f.storeId) ?? noFindings();
    counts[f.kind] += f.count;
    totalFindings[f.kind] += f.count;
    countsOf.set(f.storeId, counts);
  }
  const ids = [...new Set([...byStore.keys(), ...countsOf.keys()])];
  const names = await ctx.db.store.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  const open = (c: Counts) => Object.values(c).reduce((s, n) => s + n, 0);
  const stores = ids
    .map((id) => ({
      storeId: id,
      storeName: names.find((s) => s.id === id)?.name ?? '',
      ...transitOf(byStore.get(id) ?? []),
      findings: countsOf.get(id) ?? noFindings(),
    }))
    .sort(
      (a, b) =>
        b.overdueAmount - a.overdueAmount ||
        b.amount - a.amount ||
        open(b.findings) - open(a.findings) ||
        a.storeName.localeCompare(b.storeName),
    );
  const { buckets: _buckets, ...totals } = transitOf(rows);
  return { from: range.fromDay, to: range.toDay, stores, totals: { ...totals, findings: totalFindings } };
}

import { PassThrough, Readable } from 'node:stream';
import type { exportFormats } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import { stringify } from 'csv-stringify';
import type { Tenant } from '../auth/authenticated.ts';

// The generic engine every domain's downloads run on: a source is a header row and a generator
// of rows; this file turns one into a streamed CSV or XLSX. It knows no domain, so domains import
// it and the list of what may be downloaded (sources.ts) imports them, never the other way round.

export type ExportFormat = (typeof exportFormats)[number];
export type Cell = string | number | null;

/**
 * Whose file it is (the store, and the role that may narrow it; for order tables, any
 * OrderScope) and what the link asked for.
 */
export interface ExportScope<T = Tenant> {
  tenant: T;
  params: unknown;
}

/** One downloadable table: its header row and its rows for one scope, streamed. */
export interface ExportSource<T = Tenant> {
  headers: string[];
  rows: (db: Db, scope: ExportScope<T>) => AsyncGenerator<Cell[]>;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A streamed CSV or XLSX (`<kind>-<today>.<format>`) of a header row and its rows. */
export function tableFile(
  kind: string,
  format: ExportFormat,
  today: string,
  columns: string[],
  source: AsyncGenerator<Cell[]>,
): ExportFile {
  const filename = `${kind}-${today}.${format}`;
  if (format === 'csv') {
    // BOM so Excel opens the UTF-8 (product names in Indonesian, emoji) correctly.
    const body = Readable.from(source).pipe(
      stringify({ header: true, columns, bom: true, cast: { string: inertText } }),
    );
    return { filename, contentType: contentTypes.csv, body };
  }
  const out = new PassThrough();
  void writeXlsx(out, kind, columns, source).catch((error: unknown) => out.destroy(error as Error));
  return { filename, contentType: contentTypes.xlsx, body: out };
}

/**
 * A text cell a spreadsheet will not run: buyers type names and addresses, so `=HYPERLINK(…)` would
 * be a formula in the seller's Excel (CSV injection). OWASP's advice: a leading quote before `=`,
 * `+`, `-`, `@`, tab or carriage return. Only text: numbers stay numbers, and a phone written
 * `+62…` gets the quote too. XLSX needs none: its cells are typed, text is never a formula.
 */
function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function writeXlsx(out: PassThrough, kind: string, columns: string[], source: AsyncGenerator<Cell[]>) {
  // Loaded on the first XLSX download, not at start-up (it is one of the heaviest modules).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(kind);
  sheet.addRow(columns).commit();
  for await (const row of source) {
    sheet.addRow(row).commit();
    // Respect the reader: wait while the client has not taken what was already written.
    if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
  }
  sheet.commit();
  await workbook.commit();
}

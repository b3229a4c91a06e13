import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { badRequest, invalidField } from '../../lib/errors.ts';

// A courier's remittance file, CSV or XLSX, read into lines: one header row naming the columns
// (in English or Bahasa Indonesia, any case), then one remitted parcel per row. The whole file is
// checked before anything is written: a bad row refuses the file, naming every bad row (up to
// `reportedRows`) by its number as a spreadsheet shows it (the header is row 1).

export const remittanceFileRules = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000 } as const;
const reportedRows = 20;
const maxAmount = 2_000_000_000;

/** The columns read, by every header a courier's file is known to use for them. */
const columns = {
  awb: ['awb', 'resi', 'no_resi', 'nomor_resi', 'no_awb', 'awb_number', 'airwaybill', 'airway_bill'],
  amount: ['amount', 'cod', 'cod_amount', 'nilai_cod', 'nominal', 'jumlah', 'amount_remitted', 'total_cod'],
  date: ['date', 'tanggal', 'tgl', 'remitted_at', 'remittance_date', 'tanggal_remit', 'tanggal_pencairan'],
  reference: ['reference', 'ref', 'referensi', 'no_referensi', 'batch', 'batch_id'],
} as const;
type Column = keyof typeof columns;

export interface RemittanceLine {
  rowNumber: number;
  awb: string;
  amount: number;
  /** `YYYY-MM-DD`. */
  remittedOn: string;
  reference: string | null;
  /** Identifies the line across files (see CodRemittanceLine.lineKey). */
  lineKey: string;
}

export interface RemittanceFile {
  filename: string;
  format: 'csv' | 'xlsx';
  sha256: string;
  lines: RemittanceLine[];
}

type Cell = string | number | Date | null;
interface Row {
  number: number;
  cells: Cell[];
}

/**
 * Reads the form's `file` field. `today` (WIB) dates lines of a file without a date column.
 * Every refusal is a 400; nothing here writes.
 */
export async function readRemittanceFile(form: FormData, today: string): Promise<RemittanceFile> {
  const file = form.get('file');
  if (!(file instanceof Blob))
    throw invalidField('file', 'Attach the remittance file in a form field named "file"');
  if (file.size === 0) throw invalidField('file', 'The file is empty');
  if (file.size > remittanceFileRules.maxBytes) {
    throw invalidField('file', `The file is larger than ${remittanceFileRules.maxBytes / 1024 / 1024} MB`);
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  // What the bytes are, not what the name says: an XLSX is a ZIP archive.
  const format = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';
  const rows = format === 'xlsx' ? firstTable(await xlsxSheets(bytes)) : csvRows(bytes);
  const filename = (file instanceof File && file.name ? file.name : `remittance.${format}`).slice(0, 200);
  return {
    filename,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: toLines(rows, today),
  };
}

function csvRows(bytes: Buffer): Row[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidField('file', 'The file is neither an XLSX workbook nor UTF-8 CSV text');
  }
  // Spreadsheets set to Indonesian export CSV with semicolons: take whichever the header uses.
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce(
    (best, d) => (count(header, d) > count(header, best) ? d : best),
    ',',
  );
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: remittanceFileRules.maxRows + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map(({ record, info }) => ({ number: info.lines, cells: record }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalidField('file', `Row ${line ?? '?'}: the CSV cannot be read (${(error as Error).message})`);
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Each sheet's non-empty rows, in the workbook's order. */
async function xlsxSheets(bytes: Buffer): Promise<Row[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidField('file', 'The XLSX workbook cannot be read; it may be damaged');
  }
  if (!workbook.worksheets.length) throw invalidField('file', 'The workbook has no sheet');
  return workbook.worksheets.map((sheet) => {
    const rows: Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push({ number: row.number, cells: values.map(cellValue) });
    });
    return rows;
  });
}

/**
 * The sheet to read: the first whose header row names the AWB and amount columns, else the first
 * with any row (its header is then refused by name). A courier's export may open with an empty or
 * a cover sheet before the data.
 */
function firstTable(sheets: Row[][]): Row[] {
  const named = sheets.find(([header]) => {
    const at = header && columnsOf(header);
    return at && at.awb >= 0 && at.amount >= 0;
  });
  return named ?? sheets.find((rows) => rows.length > 0) ?? [];
}

/** An ExcelJS cell as text, a number or a date (formulas by their result, rich text by its text). */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellValue(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return null;
}

const headerKey = (cell: Cell) =>
  String(cell ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Where the header row puts each column (-1: absent). */
function columnsOf(header: Row): Record<Column, number> {
  const keys = header.cells.map(headerKey);
  const at = {} as Record<Column, number>;
  for (const column of Object.keys(columns) as Column[]) {
    at[column] = keys.findIndex((k) => (columns[column] as readonly string[]).includes(k));
  }
  return at;
}

function toLines(rows: Row[], today: string): RemittanceLine[] {
  const [header, ...body] = rows;
  if (!header) throw invalidField('file', 'The file has no header row');
  const at = columnsOf(header);
  for (const required of ['awb', 'amount'] as const) {
    if (at[required] < 0) {
      throw invalidField(
        'file',
        `Row ${header.number}: no ${required.toUpperCase()} column (name it ${columns[required].slice(0, 3).join(', ')}…)`,
      );
    }
  }
  const data = body.filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== ''));
  if (data.length === 0) throw invalidField('file', 'The file has no remittance rows under its header');
  if (data.length > remittanceFileRules.maxRows) {
    throw invalidField('file', `The file has more than ${remittanceFileRules.maxRows} rows; split it`);
  }
  const problems: string[] = [];
  const lines: RemittanceLine[] = [];
  const seen = new Map<string, number>();
  for (const row of data) {
    const cell = (column: Column) => (at[column] >= 0 ? (row.cells[at[column]] ?? null) : null);
    const awb = awbOf(cell('awb'));
    const amount = amountOf(cell('amount'));
    const day = at.date >= 0 ? dayOf(cell('date')) : today;
    const reference =
      String(cell('reference') ?? '')
        .trim()
        .slice(0, 100) || null;
    const wrong = [
      awb === null && `AWB ${shown(cell('awb'))} is not an AWB (4–40 letters, digits or dashes)`,
      amount === null && `amount ${shown(cell('amount'))} is not a whole rupiah amount`,
      day === null && `date ${shown(cell('date'))} is not a date (2026-12-01 or 01/12/2026)`,
    ].filter(Boolean);
    if (wrong.length || awb === null || amount === null || day === null) {
      problems.push(`Row ${row.number}: ${wrong.join('; ')}`);
      continue;
    }
    // The nth identical line of this file: a file listing a parcel twice keeps both lines.
    const same = `${awb}\u0000${amount}\u0000${day}\u0000${reference ?? ''}`;
    const nth = (seen.get(same) ?? 0) + 1;
    seen.set(same, nth);
    const lineKey = createHash('sha256').update(`${same}\u0000${nth}`).digest('hex');
    lines.push({ rowNumber: row.number, awb, amount, remittedOn: day, reference, lineKey });
  }
  if (problems.length) {
    const listed = problems.slice(0, reportedRows);
    const more = problems.length > listed.length ? ` (and ${problems.length - listed.length} more)` : '';
    throw badRequest(
      `The file has ${problems.length} bad row${problems.length > 1 ? 's' : ''}; nothing was recorded. ${listed.join('. ')}${more}`,
      { file: listed },
    );
  }
  return lines;
}

const shown = (cell: Cell) => (cell === null || cell === '' ? '(empty)' : `"${String(cell).slice(0, 40)}"`);

function awbOf(cell: Cell): string | null {
  const text = String(cell ?? '')
    .trim()
    .toUpperCase();
  return /^[A-Z0-9-]{4,40}$/.test(text) ? text : null;
}

/** Whole rupiah: 150000, "150.000", "150,000", "Rp 150.000", "150000.00". */
export function amountOf(cell: Cell): number | null {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const text = String(cell ?? '')
      .trim()
      .replace(/^rp\.?\s*/i, '')
      .replace(/[.,]00$/, '');
    if (/^\d{1,3}([.,]\d{3})+$/.test(text)) value = Number(text.replace(/[.,]/g, ''));
    else if (/^\d+$/.test(text)) value = Number(text);
    else return null;
  }
  return Number.isInteger(value) && value >= 0 && value <= maxAmount ? value : null;
}

/** `YYYY-MM-DD` of a date cell, an ISO date (or date-time) or a day-first Indonesian date. */
export function dayOf(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = String(cell ?? '').trim();
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [, y, m, d] = iso;
  else if (dayFirst) [, d, m, y] = dayFirst;
  else return null;
  const day = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && day >= '2000-01-01'
    ? day
    : null;
}

import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { amountOf, dayOf, readRemittanceFile } from './remittance-file.ts';

const formOf = (text: string, name = 'remit.csv') => {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  return form;
};

describe('remittance file', () => {
  it('reads rupiah as couriers write it, and refuses what is not a whole amount', () => {
    expect([150000, '150000', '150.000', '150,000', 'Rp 150.000', '150000.00'].map(amountOf)).toEqual(
      Array(6).fill(150_000),
    );
    expect(['15.00.0', '-5', '12.5', 'abc', '', 12.5].map(amountOf)).toEqual(Array(6).fill(null));
  });

  it('reads ISO and day-first dates, and refuses days that do not exist', () => {
    expect(['2026-12-01', '01/12/2026', '1-12-2026', new Date('2026-12-01T00:00:00Z')].map(dayOf)).toEqual(
      Array(4).fill('2026-12-01'),
    );
    expect(['2026-02-30', '31/04/2026', 'kemarin'].map(dayOf)).toEqual([null, null, null]);
  });

  it('takes Indonesian headers and semicolons, and keeps a parcel listed twice as two lines', async () => {
    const file = await readRemittanceFile(
      formOf('No Resi;Nilai COD;Tanggal\nIDX001;150.000;02/12/2026\nIDX001;150.000;02/12/2026\n'),
      '2026-12-06',
    );
    expect(file.format).toBe('csv');
    expect(file.lines.map((l) => [l.rowNumber, l.awb, l.amount, l.remittedOn])).toEqual([
      [2, 'IDX001', 150_000, '2026-12-02'],
      [3, 'IDX001', 150_000, '2026-12-02'],
    ]);
    expect(new Set(file.lines.map((l) => l.lineKey)).size).toBe(2);
  });

  it('names every bad row by its number', async () => {
    const error = await readRemittanceFile(
      formOf('awb,amount\nIDX001,1000\nIDX002,lots\n,5\n'),
      '2026-12-06',
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_REQUEST');
    expect((error as AppError).message).toMatch(/Row 3: amount "lots".*Row 4: AWB \(empty\)/);
  });
});

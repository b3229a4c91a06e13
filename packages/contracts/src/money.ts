// Formatting with no schema behind it: safe for the widget to import without pulling in zod.

/** `Rp102.200`, `-Rp5.000`: rupiah as Indonesian buyers read it (dot thousands, no decimals). */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp${Math.abs(amount).toLocaleString('id-ID')}`;
}

// Formatting with no schema behind it: safe for the widget to import without pulling in zod.

// Made once: `toLocaleString` builds a formatter on every call, which a list of prices repeats.
const thousands = new Intl.NumberFormat('id-ID');

/** `Rp102.200`, `-Rp5.000`: rupiah as Indonesian buyers read it (dot thousands, no decimals). */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp${thousands.format(Math.abs(amount))}`;
}

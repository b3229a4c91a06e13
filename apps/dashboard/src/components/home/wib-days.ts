// Calendar days in WIB (Asia/Jakarta), the zone order.recap groups by, so "today" on Beranda is
// the seller's today wherever the browser's clock is set. Jakarta keeps no daylight saving, so a
// day is always 24 hours and plain UTC date arithmetic on `YYYY-MM-DD` strings is exact.

const dayMs = 86_400_000;

/** Today's date in Jakarta, `YYYY-MM-DD`. */
export function wibToday(now: Date = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
}

/** `day` moved by `delta` days. */
export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * dayMs).toISOString().slice(0, 10);
}

/** The `days` days ending with `today` (inclusive), oldest first. */
export function lastDays(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
}

/** A `YYYY-MM-DD` day as a short label ("2 Des"), read as the calendar day it names. */
export function dayLabel(locale: string, day: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

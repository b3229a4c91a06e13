// Dates as sellers read them: Indonesian (or English) words, always in WIB (Asia/Jakarta), the
// zone the server's day filters and recaps use, wherever the browser happens to be.

const zone = 'Asia/Jakarta';

/**
 * One formatter per locale and shape, made once: building an Intl.DateTimeFormat costs far more
 * than using one, and a page of orders formats dozens of dates (on a phone, ~0.1 s per list).
 */
function formatterFor(options: Intl.DateTimeFormatOptions) {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (locale: string) => {
    const known = made.get(locale);
    if (known) return known;
    const formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
    made.set(locale, formatter);
    return formatter;
  };
}

const dateTime = formatterFor({
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = formatterFor({ day: 'numeric', month: 'short', year: 'numeric' });

export function formatDateTime(locale: string, date: Date): string {
  return dateTime(locale).format(date);
}

export function formatDate(locale: string, date: Date): string {
  return dateOnly(locale).format(date);
}

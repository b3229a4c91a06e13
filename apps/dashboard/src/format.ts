// Dates as sellers read them: Indonesian (or English) words, always in WIB (Asia/Jakarta), the
// zone the server's day filters and recaps use, wherever the browser happens to be.

const zone = 'Asia/Jakarta';

export function formatDateTime(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatDate(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

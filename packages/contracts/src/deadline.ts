// A deadline as the buyer reads it: the store's clock (Asia/Jakarta) and its zone named, whatever
// the zone of the device or server showing it. No schema behind it: safe for the widget.

/** Every deadline a buyer sees is in the stores' zone, Western Indonesian Time. */
export const deadlineZone = { timeZone: 'Asia/Jakarta', label: 'WIB' } as const;

const locales = { id: 'id-ID', en: 'en-GB' } as const;
// Made once per language: building a formatter is the expensive part.
const formatters = new Map<keyof typeof locales, Intl.DateTimeFormat>();

/** `7 Des 2026, 16.51 WIB` (`7 Dec 2026, 16:51 WIB` in English). */
export function formatDeadline(at: Date, lang: keyof typeof locales = 'id'): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[lang], {
      timeZone: deadlineZone.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formatters.set(lang, formatter);
  }
  return `${formatter.format(at)} ${deadlineZone.label}`;
}

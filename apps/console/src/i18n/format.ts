/** Dates, times and durations as support in Norway reads them: always in Europe/Oslo. */
export const Zone = 'Europe/Oslo';
export type Locale = 'nb' | 'en';

const intlLocale = (locale: Locale) => (locale === 'nb' ? 'nb-NO' : 'en-GB');

/** Puts `{name}` values into a message. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: Zone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: Zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDate(isoDate: string, locale: Locale): string {
  // A calendar date (YYYY-MM-DD) is the same date in Oslo: noon UTC keeps it there.
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: Zone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** A wait such as "1 t 05 min" / "1 h 05 min", or "3 min"; under a minute "< 1 min". */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 60_000) return '< 1 min';
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const h = locale === 'nb' ? 't' : 'h';
  const d = locale === 'nb' ? 'd' : 'd';
  if (days > 0) return `${days} ${d} ${hours} ${h}`;
  if (hours > 0) return `${hours} ${h} ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}

export function formatPercent(fraction: number | null, locale: Locale): string {
  if (fraction === null) return '–';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

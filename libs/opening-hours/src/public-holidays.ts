import Holidays from 'date-holidays';
import type { LocalDate } from './calendar';

const byCountry = new Map<string, Holidays>();
const byYear = new Map<string, Map<LocalDate, string>>();

/** The public holiday on a local date (its name), or null. Bank holidays and observances do not count. */
export function publicHolidayOn(country: string, date: LocalDate): string | null {
  const year = date.slice(0, 4);
  const cacheKey = `${country}:${year}`;
  let days = byYear.get(cacheKey);
  if (!days) {
    let holidays = byCountry.get(country);
    if (!holidays) {
      holidays = new Holidays(country);
      byCountry.set(country, holidays);
    }
    days = new Map();
    // `date` is the local date and time the holiday starts ("2025-05-17 00:00:00").
    for (const h of holidays.getHolidays(Number(year))) if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    byYear.set(cacheKey, days);
  }
  return days.get(date) ?? null;
}

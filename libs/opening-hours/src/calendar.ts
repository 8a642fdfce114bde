/** A local wall-clock time, `HH:mm` (24 h). */
import { SupportTimeZone } from '@inquiry-router/contracts';
export type LocalTime = string;
/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface DailyHours {
  opens: LocalTime;
  closes: LocalTime;
}

/**
 * One deviation from the weekly hours on a given date.
 * - `extended`: open during these hours too (an agency's ordered extended hours, a deadline day);
 *   it wins over a public holiday and over the normal hours.
 * - `closed`: closed during these hours (the whole day when `opens`/`closes` are left out); it
 *   wins over everything, extended hours included, since it is the last word of the support itself.
 * Several exceptions on one date apply in list order within their kind.
 */
export type OpeningException =
  | { kind: 'extended'; date: LocalDate; opens: LocalTime; closes: LocalTime; reason?: string }
  | { kind: 'closed'; date: LocalDate; opens?: LocalTime; closes?: LocalTime; reason?: string };

export interface OpeningCalendar {
  /** IANA zone the local times are in. */
  zone: string;
  /** ISO weekday (1 = Monday … 7 = Sunday) → opening hours; a missing day is closed. */
  weekly: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, DailyHours[]>>;
  /** Country whose public holidays (type `public` in date-holidays) close the whole day; null: none. */
  publicHolidaysOf: string | null;
  exceptions: OpeningException[];
}

const weekday: DailyHours[] = [{ opens: '08:00', closes: '15:30' }];

/** The portal's user support: weekdays 08:00–15:30 Oslo time, closed on Norwegian public holidays. */
export function defaultCalendar(exceptions: OpeningException[] = []): OpeningCalendar {
  return {
    zone: SupportTimeZone,
    weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday },
    publicHolidaysOf: 'NO',
    exceptions,
  };
}

import { OpeningCalendar, openingSpans, publicHolidayOn } from '@inquiry-router/opening-hours';
import { dateOf, LocalClock, slotMs, slotsPerDay, weekdayOf } from './local-time';

/** One local day as the support's calendar sees it. */
export interface OpeningDay {
  day: number;
  weekday: number;
  /** Per half-hour slot: open at the slot's start. */
  open: Uint8Array;
  /** Any slot open: a working day (deadline offsets are counted in these). */
  working: boolean;
  /**
   * A day that is normally open but closed all day (a public holiday, a closure): contacts arrive
   * on it as on a Sunday, and none is answered.
   */
  closedAllDay: boolean;
  /** Why a slot is closed, beyond the ordinary hours: the holiday's name or the closure's reason. */
  closedReason: string | null;
}

/** `HH:mm` as minutes after midnight (24:00 is the day's end). */
function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The days `first` to `last` (exclusive) under the calendar, with their open half-hours. */
export function openingDays(first: number, last: number, calendar: OpeningCalendar, clock: LocalClock): OpeningDay[] {
  const days: OpeningDay[] = [];
  const exceptionDates = new Set(calendar.exceptions.map((e) => e.date));
  for (let day = first; day < last; day++) {
    const date = dateOf(day);
    const weekday = weekdayOf(day);
    const holiday = calendar.publicHolidaysOf ? publicHolidayOn(calendar.publicHolidaysOf, date) : null;
    // An ordinary day is its weekly hours; a holiday or a day with exceptions asks the calendar (slower, luxon throughout).
    const spans =
      holiday || exceptionDates.has(date)
        ? openingSpans(date, calendar).map((s) => [s.start.getTime(), s.end.getTime()] as const)
        : (calendar.weekly[weekday as 1] ?? []).map(
            (h) => [clock.instantAtMinute(day, minutes(h.opens)), clock.instantAtMinute(day, minutes(h.closes))] as const,
          );
    const open = new Uint8Array(slotsPerDay);
    for (let slot = 0; slot < slotsPerDay; slot++) {
      const t = clock.instantOf(day, slot);
      // Open if the support is open for any part of the half-hour.
      open[slot] = spans.some(([start, end]) => start < t + slotMs && t < end) ? 1 : 0;
    }
    const working = open.some((o) => o === 1);
    const normallyOpen = (calendar.weekly[weekday as 1] ?? []).length > 0;
    const closure = calendar.exceptions.find((e) => e.kind === 'closed' && e.date === date);
    const closedReason = holiday ?? (closure ? (closure.reason ?? 'closed by order') : null);
    days.push({ day, weekday, open, working, closedAllDay: normallyOpen && !working, closedReason });
  }
  return days;
}

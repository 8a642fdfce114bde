import { DateTime } from 'luxon';
import { SupportTimeZone } from '@inquiry-router/contracts';

/** Weeks are counted as support in Norway counts them. */

/** The ISO week an instant falls in, in Oslo time: `2026-W49`. */
export function isoWeekOf(at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: SupportTimeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** Every ISO week that [from, to) touches, in order. */
export function isoWeeksBetween(from: Date, to: Date): string[] {
  const weeks: string[] = [];
  let at = DateTime.fromJSDate(from, { zone: SupportTimeZone }).startOf('week');
  const end = DateTime.fromJSDate(to, { zone: SupportTimeZone });
  while (at < end) {
    weeks.push(isoWeekOf(at.toJSDate()));
    at = at.plus({ weeks: 1 });
  }
  return weeks;
}

/** The last full ISO week before `now` in Oslo time: from its Monday 00:00 to the next Monday 00:00. */
export function lastFullWeek(now: Date): { from: Date; to: Date } {
  const thisMonday = DateTime.fromJSDate(now, { zone: SupportTimeZone }).startOf('week');
  return { from: thisMonday.minus({ weeks: 1 }).toJSDate(), to: thisMonday.toJSDate() };
}

/** Where an ISO week (`2026-W49`) starts and ends in Oslo time, as epoch milliseconds: [start, end). */
function weekBounds(week: string): { start: number; end: number } {
  const [weekYear, weekNumber] = week.split('-W').map(Number);
  const monday = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: SupportTimeZone });
  return { start: monday.toMillis(), end: monday.plus({ weeks: 1 }).toMillis() };
}

/**
 * Counts per week of the given instants, over the weeks given (weeks without any count 0). The
 * weeks' bounds are found once and each instant placed by search: a quarter's contacts would
 * otherwise each ask the time zone for their local date.
 */
export function weekCounts(weeks: readonly string[], instants: readonly Date[]): { week: string; count: number }[] {
  const bounds = weeks.map((week, index) => ({ index, ...weekBounds(week) })).sort((a, b) => a.start - b.start);
  const counts = weeks.map(() => 0);
  for (const at of instants) {
    const t = at.getTime();
    let low = 0;
    let high = bounds.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (bounds[mid].start <= t) low = mid + 1;
      else high = mid - 1;
    }
    // bounds[high] is the last week starting at or before t.
    if (high >= 0 && t < bounds[high].end) counts[bounds[high].index]++;
  }
  return weeks.map((week, index) => ({ week, count: counts[index] }));
}

import { DateTime } from 'luxon';

/** Weeks are counted as support in Norway counts them. */
export const ReportZone = 'Europe/Oslo';

/** The ISO week an instant falls in, in Oslo time: `2026-W49`. */
export function isoWeekOf(at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: ReportZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** Every ISO week that [from, to) touches, in order. */
export function isoWeeksBetween(from: Date, to: Date): string[] {
  const weeks: string[] = [];
  let at = DateTime.fromJSDate(from, { zone: ReportZone }).startOf('week');
  const end = DateTime.fromJSDate(to, { zone: ReportZone });
  while (at < end) {
    weeks.push(isoWeekOf(at.toJSDate()));
    at = at.plus({ weeks: 1 });
  }
  return weeks;
}

/** The last full ISO week before `now` in Oslo time: from its Monday 00:00 to the next Monday 00:00. */
export function lastFullWeek(now: Date): { from: Date; to: Date } {
  const thisMonday = DateTime.fromJSDate(now, { zone: ReportZone }).startOf('week');
  return { from: thisMonday.minus({ weeks: 1 }).toJSDate(), to: thisMonday.toJSDate() };
}

/** Counts per week of the given instants, over the weeks given (weeks without any count 0). */
export function weekCounts(weeks: readonly string[], instants: readonly Date[]): { week: string; count: number }[] {
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const at of instants) {
    const week = isoWeekOf(at);
    if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
  }
  return weeks.map((week) => ({ week, count: counts.get(week)! }));
}

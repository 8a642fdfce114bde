import { DateTime } from 'luxon';
import { LocalTimePattern, minutesOfLocalTime, NamedError } from '@inquiry-router/contracts';
import { DailyHours, LocalDate, OpeningCalendar } from './calendar';
import { publicHolidayOn } from './public-holidays';

/** A half-open span of time [start, end) in epoch milliseconds. */
interface Span {
  start: number;
  end: number;
}

export class InvalidCalendarError extends NamedError {}

/**
 * The instant a local wall-clock time on a date happens. A time skipped by the spring DST change
 * (02:30 on the last Sunday of March) moves forward to the first instant that exists, as luxon does.
 */
function instant(date: LocalDate, time: string, zone: string): number {
  if (!LocalTimePattern.test(time)) throw new InvalidCalendarError(`"${time}" is not a HH:mm time`);
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new InvalidCalendarError(`"${date}" is not a YYYY-MM-DD date`);
  // 24:00 is the end of the day: the next day's midnight, however long the day was.
  if (time === '24:00') return day.plus({ days: 1 }).startOf('day').toMillis();
  const minutes = minutesOfLocalTime(time);
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}

function spansOf(date: LocalDate, hours: DailyHours[], zone: string): Span[] {
  return hours.map((h) => ({ start: instant(date, h.opens, zone), end: instant(date, h.closes, zone) })).filter((s) => s.end > s.start);
}

function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function subtract(spans: Span[], cut: Span): Span[] {
  return spans.flatMap((s) => {
    if (cut.end <= s.start || cut.start >= s.end) return [s];
    const parts: Span[] = [];
    if (cut.start > s.start) parts.push({ start: s.start, end: cut.start });
    if (cut.end < s.end) parts.push({ start: cut.end, end: s.end });
    return parts;
  });
}

/**
 * When the support is open on a local date, in order of precedence: the weekly hours, unless it
 * is a public holiday; plus any extended hours (they override the holiday and the normal hours);
 * minus any closures (they override everything).
 */
export function openingSpans(date: LocalDate, calendar: OpeningCalendar): { start: Date; end: Date }[] {
  const { zone } = calendar;
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new InvalidCalendarError(`"${date}" is not a YYYY-MM-DD date`);
  const holiday = calendar.publicHolidaysOf ? publicHolidayOn(calendar.publicHolidaysOf, date) : null;
  let spans = holiday ? [] : spansOf(date, calendar.weekly[day.weekday as 1] ?? [], zone);
  const onDate = calendar.exceptions.filter((e) => e.date === date);
  for (const e of onDate) if (e.kind === 'extended') spans = union([...spans, ...spansOf(date, [e], zone)]);
  for (const e of onDate) {
    if (e.kind !== 'closed') continue;
    const cut = { start: instant(date, e.opens ?? '00:00', zone), end: instant(date, e.closes ?? '24:00', zone) };
    spans = subtract(spans, cut);
  }
  return union(spans).map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}

function localDate(at: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(at, { zone }).toISODate()!;
}

export function isOpen(at: Date, calendar: OpeningCalendar): boolean {
  const t = at.getTime();
  return openingSpans(localDate(at, calendar.zone), calendar).some((s) => s.start.getTime() <= t && t < s.end.getTime());
}

/** `at` itself when open; otherwise the next moment it opens, looking a year ahead (null if never). */
export function nextOpening(at: Date, calendar: OpeningCalendar): Date | null {
  const t = at.getTime();
  let day = DateTime.fromJSDate(at, { zone: calendar.zone }).startOf('day');
  for (let i = 0; i <= 366; i++, day = day.plus({ days: 1 })) {
    for (const s of openingSpans(day.toISODate()!, calendar)) {
      if (s.end.getTime() <= t) continue;
      return s.start.getTime() <= t ? at : s.start;
    }
  }
  return null;
}

import { DateTime } from 'luxon';
import type { Channel } from '@inquiry-router/contracts';
import { publicHolidayOn, type LocalDate } from '@inquiry-router/opening-hours';
import type { DateRule, FilingDeadline } from './date-rule';

/** One deadline on one date: when it falls, and the date its rule gives, if it was moved from it. */
export interface DeadlineOccurrence {
  deadlineId: string;
  agency: string;
  name: string;
  channels: Channel[];
  /** The date the deadline falls on, after any move (YYYY-MM-DD, Europe/Oslo). */
  date: LocalDate;
  /** The date the rule gives; differs from `date` when it was moved. */
  ruleDate: LocalDate;
  /** Why it was moved: the weekday or the public holiday of each date it moved over, in order. */
  movedOver: string[];
}

const day = (date: LocalDate) => DateTime.fromISO(date, { zone: 'utc' });
const iso = (d: DateTime) => d.toISODate()!;

/** Why a date is not a working day ("Sunday", "2. påskedag"), or null when it is one: weekdays that are no Norwegian public holiday. */
export function notWorkingBecause(date: LocalDate): string | null {
  const holiday = publicHolidayOn('NO', date);
  if (holiday) return holiday;
  const d = day(date);
  return d.weekday >= 6 ? d.toFormat('cccc', { locale: 'en' }) : null;
}

export function isWorkingDay(date: LocalDate): boolean {
  return notWorkingBecause(date) === null;
}

/** The working day before `date` (the eve of a deadline). */
export function previousWorkingDay(date: LocalDate): LocalDate {
  let d = day(date).minus({ days: 1 });
  while (!isWorkingDay(iso(d))) d = d.minus({ days: 1 });
  return iso(d);
}

function dayInMonth(year: number, month: number, dayOfMonth: number | 'last'): LocalDate {
  const first = DateTime.utc(year, month, 1);
  return iso(dayOfMonth === 'last' ? first.endOf('month') : first.set({ day: dayOfMonth }));
}

/** The dates a rule gives (before any move) in the years from `fromYear` to `toYear`. */
function ruleDates(rule: DateRule, fromYear: number, toYear: number): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (rule.kind === 'yearly') dates.push(dayInMonth(year, rule.month, rule.day));
    else for (const month of rule.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) dates.push(dayInMonth(year, month, rule.day));
  }
  return dates;
}

/** Where a rule's date ends up: itself, or the next working day when the rule says so. */
export function applyMove(rule: DateRule, ruleDate: LocalDate): { date: LocalDate; movedOver: string[] } {
  const movedOver: string[] = [];
  if (rule.moveTo !== 'next-working-day') return { date: ruleDate, movedOver };
  let d = day(ruleDate);
  for (let why = notWorkingBecause(iso(d)); why !== null; why = notWorkingBecause(iso(d))) {
    movedOver.push(why);
    d = d.plus({ days: 1 });
  }
  return { date: iso(d), movedOver };
}

/**
 * Every occurrence of the active deadlines that falls from `from` to `to` (inclusive local dates),
 * by the date it falls on after any move (a rule date just before `from` may move into the range),
 * ordered by date, then agency and name. Inactive deadlines have none.
 */
export function occurrencesBetween(deadlines: readonly FilingDeadline[], from: LocalDate, to: LocalDate): DeadlineOccurrence[] {
  if (!day(from).isValid || !day(to).isValid) throw new RangeError(`from and to must be YYYY-MM-DD dates (got ${from}, ${to})`);
  if (to < from) return [];
  // A move crosses at most a long weekend and a holiday or two: starting a fortnight early is ample.
  const firstYear = day(from).minus({ days: 14 }).year;
  const lastYear = day(to).year;
  const occurrences: DeadlineOccurrence[] = [];
  for (const deadline of deadlines) {
    if (!deadline.active) continue;
    for (const ruleDate of ruleDates(deadline.rule, firstYear, lastYear)) {
      const { date, movedOver } = applyMove(deadline.rule, ruleDate);
      if (date < from || date > to) continue;
      occurrences.push({
        deadlineId: deadline.id,
        agency: deadline.agency,
        name: deadline.name,
        channels: deadline.channels,
        date,
        ruleDate,
        movedOver,
      });
    }
  }
  return occurrences.sort((a, b) => a.date.localeCompare(b.date) || a.agency.localeCompare(b.agency) || a.name.localeCompare(b.name));
}

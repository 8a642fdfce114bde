import { LocalDatePattern, SupportTimeZone } from '@inquiry-router/contracts/vocabulary';

/** A span of local (Europe/Oslo) dates, both ends included, as the planning API takes them. */
export interface PlanningSpan {
  from: string;
  to: string;
}

/** The quick choices: how many days from today. */
export const QuickSpans = { twoWeeks: 14, fourWeeks: 28, eightWeeks: 56 } as const;
export type QuickSpan = keyof typeof QuickSpans;

/** Today's date in Oslo, YYYY-MM-DD (Canada's format is ISO). */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SupportTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar date `days` later (or earlier), by UTC noon so no clock change moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The next `days` days, today first. */
export function nextDays(days: number, today: string = todayInOslo()): PlanningSpan {
  return { from: today, to: addDays(today, days - 1) };
}

/** Whether a span can be asked for: two dates, the first not after the last. */
export function isValidSpan(span: PlanningSpan): boolean {
  return LocalDatePattern.test(span.from) && LocalDatePattern.test(span.to) && span.from <= span.to;
}

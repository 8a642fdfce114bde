import { LocalDatePattern } from '@inquiry-router/contracts/vocabulary';
import { addDays, todayInOslo } from '../../components/local-dates';

/** A span of local (Europe/Oslo) dates, both ends included, as the planning API takes them. */
export interface PlanningSpan {
  from: string;
  to: string;
}

/** The quick choices: how many days from today. */
export const QuickSpans = { twoWeeks: 14, fourWeeks: 28, eightWeeks: 56 } as const;
export type QuickSpan = keyof typeof QuickSpans;

/** The next `days` days, today first. */
export function nextDays(days: number, today: string = todayInOslo()): PlanningSpan {
  return { from: today, to: addDays(today, days - 1) };
}

/** Whether a span can be asked for: two dates, the first not after the last. */
export function isValidSpan(span: PlanningSpan): boolean {
  return LocalDatePattern.test(span.from) && LocalDatePattern.test(span.to) && span.from <= span.to;
}

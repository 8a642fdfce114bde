import { SupportTimeZone } from '@inquiry-router/contracts/vocabulary';

/** Today's date in Oslo, YYYY-MM-DD (Canada's format is ISO): the support's day, not the browser's or UTC's. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SupportTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar date `days` later (or earlier), by UTC noon so no clock change moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

import type { Channel } from '@inquiry-router/contracts';
import { occurrencesBetween, previousWorkingDay, type FilingDeadline } from '@inquiry-router/filing-deadlines';
import type { LocalDate } from '@inquiry-router/opening-hours';

/**
 * The shape of demand the generated history follows. These parameters are the generator's own:
 * the forecaster has to find the shape in the data, so nothing outside tools/history may import
 * this file (.dependency-cruiser.js: history-generator-is-private).
 */

/** Contacts a year at the seed's scale. */
export const AnnualVolume: Readonly<Record<Channel, number>> = { phone: 146_000, email: 45_000, social: 15_000 };

/** By month, January first: the tax season high, the summer holidays and Christmas low. */
const monthFactor = [1.15, 1.05, 1.05, 1.2, 1.15, 0.95, 0.55, 0.9, 1.0, 1.0, 1.0, 0.8];

/** By ISO weekday: Monday high, Friday low (weekends are closed). */
const weekdayFactor: Record<number, number> = { 1: 1.25, 2: 1.08, 3: 1.0, 4: 0.95, 5: 0.78, 6: 0.5, 7: 0.5 };

/**
 * The extra demand a deadline pulls in on the working days before it (index 0: the deadline day,
 * 1: its eve, …), as a fraction of an ordinary day. The yearly deadlines (the tax returns, the
 * annual accounts) pull far harder than the monthly and two-monthly ones.
 */
const yearlyPull = [0.9, 1.0, 0.55, 0.35, 0.25, 0.15, 0.1, 0.05];
const monthlyPull = [0.3, 0.35, 0.12, 0.05];

/** Extended hours on a big deadline's eve and day: open until 20:00. */
export const ExtendedUntil = '20:00';

/**
 * The share of a day's contacts in each part of the opening hours, by local minute of the day:
 * calls peak in the morning, mail comes in the morning and tails off, social messages are flat;
 * the extended evening hours before deadlines are quieter than the day.
 */
export function intradayWeight(channel: Channel, minuteOfDay: number): number {
  const h = minuteOfDay / 60;
  if (channel === 'phone') {
    if (h >= 15.5) return 0.4;
    if (h < 9) return 1.1;
    if (h < 11) return 1.45;
    if (h < 12) return 1.15;
    if (h < 13) return 0.95;
    if (h < 14.5) return 0.85;
    return 0.65;
  }
  if (channel === 'email') {
    if (h >= 15.5) return 0.55;
    if (h < 10) return 1.3;
    if (h < 12) return 1.1;
    if (h < 14.5) return 0.9;
    return 0.8;
  }
  if (h >= 15.5) return 0.9;
  return h < 10 ? 0.9 : h < 14.5 ? 1.0 : 1.05;
}

/** A day's pull from the deadlines ahead: its demand over an ordinary day's (1: none), and each agency's part of the extra. */
export interface DeadlinePull {
  factor: number;
  byAgency: Record<string, number>;
}

/** How much busier than an ordinary day each date is for each channel because of the deadlines near it. */
export function deadlinePulls(
  deadlines: readonly FilingDeadline[],
  from: LocalDate,
  to: LocalDate,
): Map<Channel, Map<LocalDate, DeadlinePull>> {
  const byChannel = new Map<Channel, Map<LocalDate, DeadlinePull>>([
    ['phone', new Map()],
    ['email', new Map()],
    ['social', new Map()],
  ]);
  const kinds = new Map(deadlines.map((d) => [d.id, d.rule.kind]));
  // Occurrences up to a fortnight after the range pull on its last days.
  const until = new Date(Date.parse(`${to}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  for (const occurrence of occurrencesBetween(deadlines, from, until)) {
    const profile = kinds.get(occurrence.deadlineId) === 'yearly' ? yearlyPull : monthlyPull;
    let day = occurrence.date;
    for (const extra of profile) {
      if (day >= from && day <= to) {
        for (const channel of occurrence.channels) {
          const pulls = byChannel.get(channel)!;
          const pull = pulls.get(day) ?? { factor: 1, byAgency: {} };
          pull.factor += extra;
          pull.byAgency[occurrence.agency] = (pull.byAgency[occurrence.agency] ?? 0) + extra;
          pulls.set(day, pull);
        }
      }
      day = previousWorkingDay(day);
    }
  }
  return byChannel;
}

/** The big deadlines' days and eves that get extended hours: yearly deadlines that fill the phone. */
export function extendedHourDates(deadlines: readonly FilingDeadline[], from: LocalDate, to: LocalDate): Map<LocalDate, string> {
  const dates = new Map<LocalDate, string>();
  const big = deadlines.filter((d) => d.rule.kind === 'yearly' && d.channels.includes('phone'));
  const until = new Date(Date.parse(`${to}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  for (const occurrence of occurrencesBetween(big, from, until)) {
    for (const date of [occurrence.date, previousWorkingDay(occurrence.date)]) {
      if (date < from || date > to) continue;
      dates.set(date, dates.has(date) ? `${dates.get(date)}, ${occurrence.name}` : occurrence.name);
    }
  }
  return dates;
}

/** A day's weight before its opening hours: month, weekday and the deadlines near it. */
export function dayWeight(date: LocalDate, isoWeekday: number, deadlineFactor: number): number {
  return monthFactor[Number(date.slice(5, 7)) - 1] * weekdayFactor[isoWeekday] * deadlineFactor;
}

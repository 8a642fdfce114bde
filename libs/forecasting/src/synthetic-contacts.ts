import { Channels, type Channel } from '@inquiry-router/contracts';
import type { OpeningCalendar } from '@inquiry-router/opening-hours';
import { seededRandom } from '@inquiry-router/seeded-random';
import { deadlineActivations } from './deadline-windows';
import type { ContactCount, DeadlineOccurrence } from './forecast.types';
import { dateOf, dayOf, LocalClock, LocalDate, slotsPerDay, yearFractionOf } from './local-time';
import { openingDays } from './opening-days';

/**
 * A synthetic contact history, for the tests and the benchmark: counts per channel and half-hour
 * drawn (Poisson, seeded) around a known shape, so a test can check that the forecast recovers
 * it. Calls come only while the support is open; mail and messages day and night, less at night
 * and on closed days (a closed weekday like a Sunday). Deadlines multiply a working day's contacts
 * by `deadlineEffect[offset]` (working days from the deadline).
 */
export interface SyntheticHistorySpec {
  from: LocalDate;
  to: LocalDate;
  calendar: OpeningCalendar;
  perYear: Record<Channel, number>;
  deadlines?: readonly DeadlineOccurrence[];
  /** Working-day offset → factor, e.g. { -1: 1.6, 0: 2.5 }. */
  deadlineEffect?: Record<number, number>;
  /** Amplitude of a yearly season (0: none): contacts × (1 + a·cos(2π·(fraction of year − 0.1))). */
  yearlyAmplitude?: number;
  seed?: number;
}

/** ISO weekday (1–7) factors of each channel. */
export const syntheticWeekly: Record<Channel, number[]> = {
  phone: [0, 1.3, 1.1, 1.0, 0.95, 0.8, 0, 0],
  email: [0, 1.35, 1.15, 1.05, 1.0, 0.9, 0.35, 0.3],
  social: [0, 1.2, 1.1, 1.0, 1.0, 0.95, 0.7, 0.6],
};

/** Relative intensity at local hour h (0–23) of each channel. */
function hourShape(channel: Channel, hour: number): number {
  if (channel === 'phone') return hour === 8 ? 1.6 : hour === 9 ? 1.8 : hour === 12 ? 1.4 : 1;
  const day = hour >= 8 && hour < 16 ? (hour === 9 || hour === 13 ? 1.6 : 1.2) : 0;
  const evening = hour >= 16 && hour < 23 ? (channel === 'social' ? 0.9 : 0.4) : 0;
  return day + evening + 0.05;
}

function poisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    // Normal approximation (Box–Muller) for large means.
    const z = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

export function syntheticContactHistory(spec: SyntheticHistorySpec): ContactCount[] {
  const clock = new LocalClock(spec.calendar.zone);
  const first = dayOf(spec.from);
  const last = dayOf(spec.to);
  const days = openingDays(first, last + 31, spec.calendar, clock);
  const activations = deadlineActivations(spec.deadlines ?? [], days, { before: 10, after: 3 });
  const random = seededRandom(spec.seed ?? 1);
  const years = (last - first) / 365.25;
  const counts: ContactCount[] = [];
  for (const channel of Channels) {
    const intensity = new Float64Array((last - first) * slotsPerDay);
    let sum = 0;
    for (let i = 0; i < last - first; i++) {
      const d = days[i];
      const weekday = d.closedAllDay ? 7 : d.weekday;
      const season = 1 + (spec.yearlyAmplitude ?? 0) * Math.cos(2 * Math.PI * (yearFractionOf(d.day) - 0.1));
      const deadline = (activations[channel].get(i) ?? []).reduce((a, x) => a * (spec.deadlineEffect?.[x.offset] ?? 1), 1);
      for (let s = 0; s < slotsPerDay; s++) {
        if (channel === 'phone' && !d.open[s]) continue;
        const value = syntheticWeekly[channel][weekday] * hourShape(channel, s >> 1) * season * (d.closedAllDay ? 1 : deadline);
        intensity[i * slotsPerDay + s] = value;
        sum += value;
      }
    }
    const scale = sum > 0 ? (spec.perYear[channel] * years) / sum : 0;
    for (let k = 0; k < intensity.length; k++) {
      const count = poisson(intensity[k] * scale, random);
      if (count > 0)
        counts.push({ intervalStart: new Date(clock.instantOf(first + Math.floor(k / slotsPerDay), k % slotsPerDay)), channel, count });
    }
  }
  return counts;
}

/** Monthly occurrences of one deadline on a day of the month, for synthetic histories. */
export function monthlyDeadline(
  deadline: Omit<DeadlineOccurrence, 'date'>,
  from: LocalDate,
  to: LocalDate,
  dayOfMonth: number,
): DeadlineOccurrence[] {
  const out: DeadlineOccurrence[] = [];
  const start = new Date(`${from}T00:00:00Z`);
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), dayOfMonth)); dateOf(m.getTime() / 86_400_000) < to;) {
    const date = m.toISOString().slice(0, 10);
    if (date >= from) out.push({ ...deadline, date });
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, dayOfMonth));
  }
  return out;
}

import { DateTime } from 'luxon';
import { OpeningCalendar, openingSpans } from '@inquiry-router/opening-hours';
import { InvalidStaffingInput, isList, withShrinkage } from './erlang-c';

/** One interval of opening time and the written inquiries (email, social) expected in it. */
export interface OpeningInterval {
  arrivals: number;
  /** Length in minutes of opening time (the last interval of a span may be shorter). */
  minutes: number;
  /** When it starts, for the reader; the model counts opening time only. */
  start?: Date;
}

export interface WrittenWorkloadInput {
  /** Consecutive intervals of opening time (closed time left out: the target counts opening time only). */
  intervals: readonly OpeningInterval[];
  /** Average adviser time per inquiry, seconds. */
  handleSeconds: number;
  /** The service-level target as opening time, seconds (4 opening hours: 14 400; 2 working days: 54 000). */
  withinSeconds: number;
  /** Share of paid time not spent handling: at least 0, below 1. */
  shrinkage?: number;
}

export interface WrittenIntervalWorkload {
  start?: Date;
  arrivals: number;
  /** Inquiries worked in the interval (fractions: a fluid). */
  worked: number;
  /** Inquiries waiting at its end. */
  backlog: number;
  /** Of those received so far, how many are due by its end: the work that must be done by then. */
  dueByEnd: number;
  adviserHours: number;
  /** Advisers handling written work all the interval (a fraction: adviser-hours / interval hours). */
  advisers: number;
  /** `ceil(advisers / (1 − shrinkage))`. */
  advisersWithShrinkage: number;
}

export interface WrittenWorkload {
  intervals: WrittenIntervalWorkload[];
  adviserHours: number;
  /** Received but not yet due when the horizon ends: left waiting, for the next days' plan. */
  carriedOver: number;
}

/**
 * The adviser time that answers every written inquiry within its target, counted in opening time:
 * a deterministic fluid (backlog) model. Inquiries arrive evenly within each interval; one received
 * at opening time t is due at t + target. Work done by the end of each interval must cover what is
 * due by then, and cannot exceed what has arrived. Of the plans that do, this one works at the
 * lowest steady rate that still meets every later deadline (each interval: the highest average rate
 * any future deadline needs from now, capped by what is waiting), so a morning peak is spread over
 * the hours its target allows instead of staffed at once. The target's share does not enter: a
 * fluid has no chance in it, so the plan meets every due time; how many miss with random arrivals
 * and handle times is for the simulation (`simulateDay`) to show.
 */
export function writtenWorkload(input: WrittenWorkloadInput): WrittenWorkload {
  checkInput(input);
  const { intervals, handleSeconds, withinSeconds } = input;
  const shrinkage = input.shrinkage ?? 0;
  const starts: number[] = [];
  const ends: number[] = [];
  let position = 0;
  for (const interval of intervals) {
    starts.push(position);
    position += interval.minutes * 60;
    ends.push(position);
  }
  const work = intervals.map((i) => i.arrivals * handleSeconds);
  const share = (at: number, i: number) => Math.min(1, Math.max(0, (at - starts[i]) / (ends[i] - starts[i])));
  /** Work received by opening time `at`, and work due by then. */
  const arrivedBy = (at: number) => work.reduce((sum, w, i) => sum + w * share(at, i), 0);
  const dueBy = (at: number) => work.reduce((sum, w, i) => sum + w * share(at - withinSeconds, i), 0);
  const arrived = ends.map(arrivedBy);
  const due = ends.map(dueBy);

  const out: WrittenIntervalWorkload[] = [];
  let done = 0;
  for (let k = 0; k < intervals.length; k++) {
    let rate = 0;
    for (let j = k; j < intervals.length; j++) rate = Math.max(rate, (due[j] - done) / (ends[j] - starts[k]));
    const worked = Math.min(arrived[k] - done, rate * (ends[k] - starts[k]));
    done += Math.max(0, worked);
    const seconds = ends[k] - starts[k];
    const advisers = Math.max(0, worked) / seconds;
    out.push({
      start: intervals[k].start,
      arrivals: intervals[k].arrivals,
      worked: Math.max(0, worked) / handleSeconds,
      backlog: (arrived[k] - done) / handleSeconds,
      dueByEnd: due[k] / handleSeconds,
      adviserHours: Math.max(0, worked) / 3600,
      advisers,
      advisersWithShrinkage: withShrinkage(advisers, shrinkage),
    });
  }
  const total = work.reduce((s, w) => s + w, 0);
  return { intervals: out, adviserHours: done / 3600, carriedOver: (total - done) / handleSeconds };
}

/**
 * The calendar's opening time on `days` consecutive dates from `from` (YYYY-MM-DD), cut into
 * intervals of `intervalMinutes` from each opening (holidays and closures have none; extended
 * hours add theirs), for `writtenWorkload` and the forecast it is fed with.
 */
export function openingIntervals(
  from: string,
  days: number,
  calendar: OpeningCalendar,
  intervalMinutes: number,
): { start: Date; minutes: number }[] {
  if (!(intervalMinutes > 0)) throw new InvalidStaffingInput('intervalMinutes must be above 0');
  const first = DateTime.fromISO(from, { zone: calendar.zone });
  if (!first.isValid) throw new InvalidStaffingInput(`from must be a YYYY-MM-DD date, not "${from}"`);
  const out: { start: Date; minutes: number }[] = [];
  for (let d = 0; d < days; d++) {
    for (const span of openingSpans(first.plus({ days: d }).toISODate(), calendar)) {
      for (let t = span.start.getTime(); t < span.end.getTime(); t += intervalMinutes * 60_000) {
        out.push({ start: new Date(t), minutes: Math.min(intervalMinutes, (span.end.getTime() - t) / 60_000) });
      }
    }
  }
  return out;
}

function checkInput(input: WrittenWorkloadInput): void {
  if (!isList(input.intervals)) throw new InvalidStaffingInput('intervals must be a list');
  input.intervals.forEach((interval, i) => {
    if (!Number.isFinite(interval.arrivals) || interval.arrivals < 0)
      throw new InvalidStaffingInput(`intervals[${i}].arrivals must be at least 0`);
    if (!Number.isFinite(interval.minutes) || interval.minutes <= 0)
      throw new InvalidStaffingInput(`intervals[${i}].minutes must be above 0`);
  });
  if (!Number.isFinite(input.handleSeconds) || input.handleSeconds <= 0) throw new InvalidStaffingInput('handleSeconds must be above 0');
  if (!Number.isFinite(input.withinSeconds) || input.withinSeconds < 0) throw new InvalidStaffingInput('withinSeconds must be at least 0');
  const shrinkage = input.shrinkage ?? 0;
  if (!Number.isFinite(shrinkage) || shrinkage < 0 || shrinkage >= 1)
    throw new InvalidStaffingInput('shrinkage must be at least 0 and below 1');
}

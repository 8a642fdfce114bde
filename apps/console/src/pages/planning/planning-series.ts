import { Channels, type Channel } from '@inquiry-router/contracts/vocabulary';
import type {
  PlanningDeadlineMarkView,
  PlanningForecastIntervalView,
  PlanningOverviewView,
  PlanningStaffingIntervalView,
} from '@inquiry-router/contracts/views';

/** The channel chooser: every channel together, or one. */
export type ChannelChoice = Channel | 'all';

export const channelsOf = (choice: ChannelChoice): readonly Channel[] => (choice === 'all' ? Channels : [choice]);

/** One half-hour of the contacts chart: the forecast per channel shown, what came (null: closed, or not yet). */
export interface ContactPoint {
  start: string;
  date: string;
  time: string;
  forecast: Partial<Record<Channel, number | null>>;
  forecastTotal: number | null;
  actual: number | null;
  /** Why it is closed (the first channel's reason); closed half-hours are gaps in the chart. */
  closed: string | null;
}

/** The forecast intervals as chart points, in time order; closed half-hours carry no figures, so the lines break there. */
export function contactPoints(forecast: readonly PlanningForecastIntervalView[], choice: ChannelChoice): ContactPoint[] {
  const shown = channelsOf(choice);
  const byStart = new Map<string, ContactPoint>();
  for (const f of forecast) {
    if (!shown.includes(f.channel)) continue;
    let point = byStart.get(f.start);
    if (!point) {
      point = { start: f.start, date: f.date, time: f.time, forecast: {}, forecastTotal: null, actual: null, closed: f.closed };
      byStart.set(f.start, point);
    }
    // A half-hour is open when any channel shown is open then.
    if (!f.closed) point.closed = null;
    point.forecast[f.channel] = f.closed ? null : f.forecast;
    if (!f.closed) point.forecastTotal = (point.forecastTotal ?? 0) + f.forecast;
    if (!f.closed && f.actual !== null) point.actual = (point.actual ?? 0) + f.actual;
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** Where a deadline sits on a chart of half-hours: its day's first and last half-hour. */
export interface DeadlineSpan {
  deadline: PlanningDeadlineMarkView;
  first: string;
  last: string;
}

export function deadlineSpans(
  deadlines: readonly PlanningDeadlineMarkView[],
  points: readonly { start: string; date: string }[],
): DeadlineSpan[] {
  return deadlines.flatMap((deadline) => {
    const day = points.filter((p) => p.date === deadline.date);
    return day.length ? [{ deadline, first: day[0].start, last: day[day.length - 1].start }] : [];
  });
}

/** A day of contacts in words and figures, for the chart's summary table. */
export interface ContactDay {
  date: string;
  forecast: number;
  actual: number | null;
  peak: { time: string; forecast: number } | null;
  deadlines: string[];
  open: boolean;
}

export function contactDays(points: readonly ContactPoint[], deadlines: readonly PlanningDeadlineMarkView[]): ContactDay[] {
  const days = new Map<string, ContactDay>();
  for (const p of points) {
    let day = days.get(p.date);
    if (!day) {
      day = {
        date: p.date,
        forecast: 0,
        actual: null,
        peak: null,
        deadlines: deadlines.filter((d) => d.date === p.date).map((d) => d.name),
        open: false,
      };
      days.set(p.date, day);
    }
    if (p.forecastTotal === null) continue;
    day.open = true;
    day.forecast += p.forecastTotal;
    if (p.actual !== null) day.actual = (day.actual ?? 0) + p.actual;
    if (!day.peak || p.forecastTotal > day.peak.forecast) day.peak = { time: p.time, forecast: p.forecastTotal };
  }
  return [...days.values()];
}

/** A day of staffing for the chart's summary table: the most advisers needed, planned then, and the half-hours short. */
export interface StaffingDay {
  date: string;
  peak: { time: string; needed: number; planned: number } | null;
  shortHalfHours: number;
  largestGap: number;
}

export function staffingDays(staffing: readonly PlanningStaffingIntervalView[]): StaffingDay[] {
  const days = new Map<string, StaffingDay>();
  for (const s of staffing) {
    let day = days.get(s.date);
    if (!day) {
      day = { date: s.date, peak: null, shortHalfHours: 0, largestGap: 0 };
      days.set(s.date, day);
    }
    if (s.gap > 0) day.shortHalfHours += 1;
    day.largestGap = Math.max(day.largestGap, s.gap);
    if (s.neededWithShrinkage > 0 && (!day.peak || s.neededWithShrinkage > day.peak.needed)) {
      day.peak = { time: s.time, needed: s.neededWithShrinkage, planned: s.planned };
    }
  }
  return [...days.values()];
}

/** The overview's forecast intervals of one half-hour (every channel), for the detail panel. */
export function intervalsAt(
  overview: Pick<PlanningOverviewView, 'forecast'>,
  start: string,
  choice: ChannelChoice,
): PlanningForecastIntervalView[] {
  const shown = channelsOf(choice);
  return overview.forecast.filter((f) => f.start === start && shown.includes(f.channel));
}

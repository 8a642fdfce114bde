import type { Channel } from '@inquiry-router/contracts';
import type { OpeningCalendar } from '@inquiry-router/opening-hours';
import type { LocalDate } from './local-time';

/** Contacts of one channel received in the half-hour starting at `intervalStart` (a row of the history). */
export interface ContactCount {
  intervalStart: Date;
  channel: Channel;
  count: number;
}

/** The history the forecast learns from: every contact received on local dates `from` to `to` (exclusive). */
export interface ContactHistory {
  from: LocalDate;
  to: LocalDate;
  /** Sparse: an interval without a row had no contacts. Rows outside the span are ignored. */
  counts: readonly ContactCount[];
}

/**
 * One occurrence of a filing deadline (the date filings are due). The same `deadlineId` on
 * every occurrence of the same deadline is what lets its effect be learned from past ones.
 */
export interface DeadlineOccurrence {
  deadlineId: string;
  name: string;
  agency: string;
  date: LocalDate;
  /** The channels it drives contacts to; empty or left out: every channel. */
  channels?: readonly Channel[];
}

export interface ForecastOptions {
  /** Deadline window in working days: from `before` working days before the deadline to `after` after it. */
  deadlineWindow: { before: number; after: number };
  /** Recent weeks the level is the median of. */
  levelWeeks: number;
  /** Days each side of a past day whose ordinary days give its local level (the baseline deadlines are measured against). */
  localLevelDays: number;
  /**
   * Prior variance of a deadline's log effect: how far from 1 an effect is believed to be before
   * the history speaks. With the day-to-day noise it sets how much few occurrences are shrunk toward 1.
   */
  deadlinePriorVariance: number;
  /** Days of history needed before a yearly season is estimated (else it is 1). */
  yearlyMinDays: number;
}

export const defaultForecastOptions: ForecastOptions = {
  deadlineWindow: { before: 7, after: 1 },
  levelWeeks: 6,
  localLevelDays: 21,
  deadlinePriorVariance: 0.25,
  yearlyMinDays: 392,
};

export interface ForecastRequest {
  history: ContactHistory;
  /** Past occurrences (to learn from) and those in the horizon (to forecast with); others are ignored. */
  deadlines: readonly DeadlineOccurrence[];
  calendar: OpeningCalendar;
  /** The first local date forecast (usually the day after the history) and how many weeks. */
  horizon: { from: LocalDate; weeks: number };
  options?: Partial<ForecastOptions>;
}

/** A deadline's share in a day's figure: its learned factor at this many working days from it. */
export interface DeadlineCause {
  deadlineId: string;
  name: string;
  agency: string;
  date: LocalDate;
  /** Working days from the deadline: −2 is two working days before, 0 its day, +1 the working day after. */
  offset: number;
  factor: number;
  /** Past occurrences the factor was learned from. */
  learnedFrom: number;
}

/** One channel in one half-hour, explained. */
export interface IntervalForecast {
  channel: Channel;
  /** The instant the half-hour starts, ISO 8601 UTC. */
  start: string;
  /** Local date and time it starts (calendar zone). */
  date: LocalDate;
  time: string;
  /** Contacts to handle in this half-hour: `arrivals + carriedOver` when open, 0 when closed. */
  forecast: number;
  /** Contacts expected to arrive in it: base × weekly × daily × yearly × deadline factor. */
  arrivals: number;
  /** Expected to have arrived while the support was closed since it was last open: handled at this opening. */
  carriedOver: number;
  /** Contacts per half-hour on an average day at the current level. */
  base: number;
  seasonal: {
    /** The day of the week against the average day (a closed day counts as a Sunday). */
    weekly: number;
    /** This half-hour against the day's average half-hour. */
    daily: number;
    /** The time of year against the recent weeks the level was taken from (1 without a year of history). */
    yearly: number;
  };
  deadline: { factor: number; causes: DeadlineCause[] };
  /** Closed in this half-hour (forecast 0) and why: a holiday's name, a closure's reason, or outside opening hours. */
  closed: { reason: string } | null;
}

/** What was learned for a channel: the explanation's constants. */
export interface ChannelModel {
  channel: Channel;
  /** Contacts on an average day (mean of the seven weekdays) at the current level. */
  dailyLevel: number;
  /** ISO weekday 1–7 → factor (mean 1). */
  weekly: Record<number, number>;
  /** Standard deviation of an ordinary day's log ratio to its baseline: the day-to-day noise. */
  dailyNoise: number;
  yearlySeason: boolean;
  deadlineEffects: LearnedDeadlineEffect[];
}

export interface LearnedDeadlineEffect {
  deadlineId: string;
  offset: number;
  factor: number;
  /** Before shrinking toward 1. */
  rawFactor: number;
  occurrences: number;
}

export interface Forecast {
  horizon: { from: LocalDate; to: LocalDate };
  models: ChannelModel[];
  /** Every channel's every half-hour of the horizon, in time order per channel. */
  intervals: IntervalForecast[];
}

import { DateTime } from 'luxon';
import { SupportTimeZone } from '@inquiry-router/contracts';
import { assessRise, DefaultRiseThresholds, type RiseAssessment, type RiseThresholds } from './contact-rise';

/** A span of time, [start, end). */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** How far back a rise is looked for, and against how much history. */
export interface RiseWindowSettings {
  /** The window whose contacts are counted: the last this many minutes. */
  windowMinutes: number;
  /** The same weekday and clock window in each of this many earlier weeks is what is normal. */
  weeks: number;
}

export const DefaultRiseWindowSettings: RiseWindowSettings = { windowMinutes: 60, weeks: 8 };

/** The window to count (ending at `now`) and the windows it is compared with, newest first. */
export interface RiseWindows {
  window: TimeWindow;
  history: TimeWindow[];
}

/**
 * The last `windowMinutes` before `now`, and the same weekday and wall-clock window in each of the
 * `weeks` before, in Norwegian time: across a change to or from summer time the earlier windows
 * keep their clock time (Monday 09:00–10:00 stays 09:00–10:00), not their distance in hours, since
 * it is the opening day's rhythm that repeats.
 */
export function riseWindows(now: Date, settings: RiseWindowSettings = DefaultRiseWindowSettings): RiseWindows {
  if (!(settings.windowMinutes > 0)) throw new RangeError('windowMinutes must be above 0');
  if (!Number.isInteger(settings.weeks) || settings.weeks < 1) throw new RangeError('weeks must be a whole number above 0');
  const end = DateTime.fromJSDate(now, { zone: SupportTimeZone });
  const windowEnding = (at: DateTime): TimeWindow => ({
    start: at.minus({ minutes: settings.windowMinutes }).toJSDate(),
    end: at.toJSDate(),
  });
  return {
    window: windowEnding(end),
    history: Array.from({ length: settings.weeks }, (_, i) => windowEnding(end.minus({ weeks: i + 1 }))),
  };
}

/**
 * Whether a category an operator decided on at `decidedAt` may be suggested again at `now`: not
 * within `quietMinutes` of the decision, so a rise that goes on after a dismissal (or after the
 * incident was registered) is not put before the operators again and again.
 */
export function mayBeSuggestedAgain(decidedAt: Date | null, now: Date, quietMinutes: number): boolean {
  return decidedAt === null || now.getTime() - decidedAt.getTime() >= quietMinutes * 60_000;
}

/** One category's contacts in the window, and in each of the history's windows. */
export interface CategoryCounts {
  category: string;
  observed: number;
  history: readonly number[];
}

export interface CategoryRise extends RiseAssessment {
  category: string;
  observed: number;
}

/** The categories whose contacts in the window are a rise (`assessRise`), the steepest first. */
export function categoryRises(counts: readonly CategoryCounts[], thresholds: RiseThresholds = DefaultRiseThresholds): CategoryRise[] {
  return counts
    .map((c) => ({ category: c.category, observed: c.observed, ...assessRise(c.observed, c.history, thresholds) }))
    .filter((r) => r.rising)
    .sort((a, b) => b.ratio - a.ratio || a.category.localeCompare(b.category));
}

import { DataSource } from 'typeorm';
import { occurrencesBetween, type DeadlineOccurrence as CalendarOccurrence } from '@inquiry-router/filing-deadlines';
import type { DeadlineOccurrence as ForecastDeadline } from '@inquiry-router/forecasting';
import { FilingDeadlineRepository } from './filing-deadline.repository';

/**
 * The filing-deadline calendar as the forecast takes it: each occurrence on the date it falls
 * (after any move off a weekend or holiday), with the deadline's id so that its past occurrences
 * teach the forecast its effect, and the channels it fills.
 */
export function toForecastDeadlines(occurrences: readonly CalendarOccurrence[]): ForecastDeadline[] {
  return occurrences.map((o) => ({ deadlineId: o.deadlineId, name: o.name, agency: o.agency, date: o.date, channels: o.channels }));
}

/** Occurrences of the active deadlines in `filing_deadlines`, for forecasts and backtests. */
export class DeadlineOccurrenceReader {
  constructor(private readonly db: DataSource) {}

  /** Every occurrence from `from` to `to` (inclusive local dates), by date. */
  async between(from: string, to: string): Promise<ForecastDeadline[]> {
    const deadlines = await new FilingDeadlineRepository(this.db).list({ includeInactive: false });
    return toForecastDeadlines(occurrencesBetween(deadlines, from, to));
  }
}

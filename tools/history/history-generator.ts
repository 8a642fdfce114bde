import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { type Channel, Channels, NamedError } from '@inquiry-router/contracts';
import { HistoryPlan, type DayOfHistory } from './history-plan';
import { HistoryStore } from './history-store';

export interface GenerateOptions {
  /** Days of history, ending with `until`. */
  days: number;
  /** Last local date (Europe/Oslo) of the history. */
  until: string;
  seed: number;
  /** Write over generated history already on these dates (it is removed first). */
  replace: boolean;
  now: Date;
}

export interface GenerateReport {
  from: string;
  to: string;
  inquiries: number;
  byChannel: Record<Channel, number>;
  historyRows: number;
  extendedHours: number;
  seconds: number;
}

/** Generated history already on the dates asked for, and `--replace` was not given. */
export class GeneratedSpanExists extends NamedError {}

/** The dates a history covers: `days` days ending with `until`. */
export function historySpan(options: Pick<GenerateOptions, 'days' | 'until'>): { from: string; to: string } {
  const to = DateTime.fromISO(options.until, { zone: 'Europe/Oslo' });
  if (!to.isValid) throw new RangeError(`until must be a YYYY-MM-DD date (got ${options.until})`);
  return { from: to.minus({ days: options.days - 1 }).toISODate(), to: to.toISODate() };
}

/**
 * Writes `days` days of realistic past contacts into the database (see history-plan.ts), refusing
 * to write over generated history on the same dates unless told to replace it.
 */
export async function generateHistory(db: DataSource, options: GenerateOptions): Promise<GenerateReport> {
  const started = Date.now();
  const span = historySpan(options);
  const store = new HistoryStore(db);
  const existing = await store.generatedIn(span.from, span.to);
  if (existing.count > 0 && !options.replace) {
    throw new GeneratedSpanExists(
      `${existing.count} generated inquiries already lie from ${existing.first} to ${existing.last}, within ${span.from}–${span.to}: ` +
        'give --replace to write over them, or --remove first',
    );
  }
  const inputs = await store.inputs(span.from, span.to);
  const plan = new HistoryPlan({ ...span, seed: options.seed, now: options.now, ...inputs });
  const byChannel = Object.fromEntries(Channels.map((c) => [c, 0])) as Record<Channel, number>;
  function* counted(): Generator<DayOfHistory> {
    for (const day of plan.days()) {
      for (const inquiry of day.inquiries) byChannel[inquiry.channel]++;
      yield day;
    }
  }
  const written = await store.write(span, plan.extendedHours, counted(), { replace: options.replace });
  return {
    ...span,
    inquiries: written.inquiries,
    byChannel,
    historyRows: written.history,
    extendedHours: written.extendedHours,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** Removes every generated row: inquiries with their decisions and history, and generated extended hours. */
export function removeHistory(db: DataSource): Promise<number> {
  return new HistoryStore(db).remove();
}

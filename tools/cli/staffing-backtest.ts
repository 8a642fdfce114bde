import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { NamedError, type Channel } from '@inquiry-router/contracts';
import { backtest, DeadlineOccurrence, ForecastInputError, parseDeadlineOccurrences } from '@inquiry-router/forecasting';
import { defaultCalendar, OpeningCalendar, parseExceptions } from '@inquiry-router/opening-hours';
import { ContactHistoryReader, OpeningCalendarRepository } from '@inquiry-router/persistence';

export const backtestUsage = 'usage: staffing backtest [--weeks N] [--deadlines FILE.json]';

/** Where the deadline occurrences between two local dates (inclusive) come from when no file is given. */
export type DeadlineSource = (from: string, to: string) => DeadlineOccurrence[] | Promise<DeadlineOccurrence[]>;

export interface BacktestDependencies {
  db: DataSource;
  /** Without `--deadlines` and without a source, the backtest runs without deadlines (their effects are then not learned). */
  deadlines?: DeadlineSource;
  write?: (line: string) => void;
}

export interface BacktestSummary {
  weeks: number;
  from: string;
  to: string;
  channels: Record<Channel, { wape: number | null; naiveWape: number | null }>;
}

/** A wrong argument or a history too short: said to the user, exit code 2. */
export class BacktestUsageError extends NamedError {}

function parseArgs(args: readonly string[]): { weeks: number; deadlinesFile: string | null } {
  let weeks = 8;
  let deadlinesFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === '--weeks') {
      if (!value || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 52)
        throw new BacktestUsageError(`--weeks: a whole number from 1 to 52\n${backtestUsage}`);
      weeks = Number(value);
      i++;
    } else if (args[i] === '--deadlines') {
      if (!value) throw new BacktestUsageError(`--deadlines: a JSON file of deadline occurrences\n${backtestUsage}`);
      deadlinesFile = value;
      i++;
    } else throw new BacktestUsageError(`unknown argument "${args[i]}"\n${backtestUsage}`);
  }
  return { weeks, deadlinesFile };
}

function readDeadlines(file: string): DeadlineOccurrence[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BacktestUsageError(`--deadlines: cannot read ${file} as JSON: ${(e as Error).message}`);
  }
  return parseDeadlineOccurrences(json);
}

const round = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

/**
 * `staffing backtest [--weeks 8]`: reads the contact history from Postgres, forecasts the last
 * `weeks` full weeks (Monday to Sunday, Oslo time) from only what came before them, and scores the
 * forecast and the naive seasonal forecast (same half-hour a week earlier) by WAPE per channel.
 * Prints a line per channel, then the figures as one JSON line, last.
 */
export async function runBacktest(args: readonly string[], deps: BacktestDependencies): Promise<BacktestSummary> {
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { weeks, deadlinesFile } = parseArgs(args);
  const reader = new ContactHistoryReader(deps.db);
  const span = await reader.receivedSpan();
  if (!span) throw new BacktestUsageError('the inquiries table holds no history to test on');
  const base = defaultCalendar();
  const zone = base.zone;
  const firstDay = DateTime.fromJSDate(span.first, { zone }).startOf('day');
  const lastDay = DateTime.fromJSDate(span.last, { zone }).startOf('day');
  // The last full week ends on the Monday after the last Sunday the history covers whole.
  const end = lastDay.weekday === 7 ? lastDay.plus({ days: 1 }) : lastDay.startOf('week');
  const from = end.minus({ weeks });
  if (from.diff(firstDay, 'days').days < 21) {
    throw new BacktestUsageError(
      `the history (${firstDay.toISODate()} to ${lastDay.toISODate()}) is too short: ${weeks} full weeks to test need three weeks before them`,
    );
  }
  const historyFrom = firstDay.toISODate()!;
  const historyTo = end.toISODate()!;
  const ordered = await new OpeningCalendarRepository(deps.db).exceptions({ from: historyFrom, to: historyTo });
  const calendar: OpeningCalendar = defaultCalendar(
    parseExceptions(
      ordered.map((e) => ({ kind: e.kind, date: e.date, opens: e.opens ?? undefined, closes: e.closes ?? undefined, reason: e.reason })),
    ),
  );
  const deadlines = deadlinesFile
    ? readDeadlines(deadlinesFile)
    : ((await deps.deadlines?.(historyFrom, end.minus({ days: 1 }).toISODate()!)) ?? []);
  const counts = await reader.countsPerInterval(firstDay.toJSDate(), end.toJSDate());
  const result = backtest({ history: { from: historyFrom, to: historyTo, counts }, deadlines, calendar, from: from.toISODate()!, weeks });

  const summary: BacktestSummary = {
    weeks,
    from: result.from,
    to: result.to,
    channels: Object.fromEntries(
      Object.entries(result.channels).map(([c, r]) => [c, { wape: round(r.wape), naiveWape: round(r.naiveWape) }]),
    ) as BacktestSummary['channels'],
  };
  write(
    `backtest ${result.from} to ${result.to} (${weeks} weeks), learned from ${historyFrom} on, ${deadlines.length} deadline occurrences`,
  );
  for (const [channel, r] of Object.entries(result.channels)) {
    const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)} %`);
    write(
      `  ${channel.padEnd(6)} WAPE ${pct(r.wape)}  naive ${pct(r.naiveWape)}  (${Math.round(r.actual)} contacts, forecast ${Math.round(r.forecast)})`,
    );
  }
  write(JSON.stringify(summary));
  return summary;
}

/** Bad input the user can fix: a usage error or a wrong deadline file. */
export function isBacktestInputError(error: unknown): boolean {
  return error instanceof BacktestUsageError || error instanceof ForecastInputError;
}

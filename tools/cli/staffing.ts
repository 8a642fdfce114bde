/**
 * Workforce planning from the command line. Usage:
 *   npm run -s staffing -- erlang --calls C --interval-min M --aht-s S --target T --within-s W [--shrinkage X]
 * prints one JSON line {agents, serviceLevel, asa, occupancy, agentsWithShrinkage}: the fewest
 * advisers with whom a share T (a fraction) of C calls in M minutes, handled in S seconds on
 * average, is answered within W seconds (Erlang C), the service level (a fraction) and average
 * speed of answer (seconds) they give, and the roster once a share X of paid time is lost.
 *   npm run -s staffing -- backtest [--weeks 8] [--deadlines FILE.json]   (DATABASE_URL as for the apps)
 * forecasts the last full weeks of the recorded history from only what came before them (learning
 * the deadlines' effects from the filing-deadline calendar in Postgres, or from FILE.json when given) and prints,
 * last, one JSON line {weeks, from, to, channels: {phone: {wape, naiveWape}, …}}.
 * A wrong command line: the reason and the usage on stderr, exit code 2.
 */
import { InvalidStaffingInput } from '@inquiry-router/staffing';
import { CommonEnv, loadConfig } from '@inquiry-router/runtime';
import { createDataSource, DeadlineOccurrenceReader } from '@inquiry-router/persistence';
import { parseCommandLine, UsageError } from './staffing-arguments';
import { staffingCommands } from './staffing-commands';
import { backtestUsage, isBacktestInputError, runBacktest } from './staffing-backtest';

function usageFailure(message: string): void {
  const usage = [...Object.values(staffingCommands).map((c) => `staffing ${c.usage}`), backtestUsage.replace(/^usage: /, '')];
  process.stderr.write(`staffing: ${message}\nusage:\n${usage.map((u) => `  ${u}`).join('\n')}\n`);
  process.exitCode = 2;
}

/** The backtest reads Postgres, so it runs apart from the pure figures of the command table. */
async function backtest(args: string[]): Promise<void> {
  const env = loadConfig(CommonEnv);
  const db = await createDataSource(env.DATABASE_URL, { poolSize: 2, applicationName: 'staffing-backtest' }).initialize();
  try {
    const deadlines = new DeadlineOccurrenceReader(db);
    await runBacktest(args, { db, deadlines: (from, to) => deadlines.between(from, to) });
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  try {
    if (argv[0] === 'backtest') return await backtest(argv.slice(1));
    const { command, options } = parseCommandLine(argv, staffingCommands);
    process.stdout.write(`${JSON.stringify(command.run(options))}\n`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidStaffingInput || isBacktestInputError(error)) {
      return usageFailure((error as Error).message);
    }
    throw error;
  }
}

main().catch((error) => {
  process.stderr.write(`staffing failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});

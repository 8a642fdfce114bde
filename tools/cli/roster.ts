/**
 * Fills the roster with a plausible demo plan, so the planner page has advisers to set against the
 * forecast: `npm run -s roster -- --from YYYY-MM-DD --to YYYY-MM-DD` gives every adviser on the
 * register a shift on each open day (see demo-roster.ts), marked `generated`; run again, it replaces
 * the generated shifts on those dates (shifts supervisors planned stay). At most 366 days.
 * A wrong command line: the reason and the usage on stderr, exit code 2.
 */
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { defaultCalendar, parseExceptions } from '@inquiry-router/opening-hours';
import { createDataSource, OpeningCalendarRepository, PlanningRepository } from '@inquiry-router/persistence';
import { CommonEnv, loadConfig } from '@inquiry-router/runtime';
import { demoRoster } from './demo-roster';

const usage = 'usage: roster -- --from YYYY-MM-DD --to YYYY-MM-DD   (DATABASE_URL as for the apps)\n';

function refuse(message: string): number {
  process.stderr.write(`roster: ${message}\n${usage}`);
  return 2;
}

async function main(): Promise<number> {
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } }));
  } catch (error) {
    return refuse((error as Error).message);
  }
  const { from, to } = values;
  const valid = (d?: string) => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) && DateTime.fromISO(d).isValid;
  if (!valid(from) || !valid(to)) return refuse('--from and --to must be YYYY-MM-DD dates');
  if (to! < from!) return refuse(`--to (${to}) is before --from (${from})`);
  if (DateTime.fromISO(to!).diff(DateTime.fromISO(from!), 'days').days >= 366) return refuse('at most 366 days at a time');

  const env = loadConfig(CommonEnv);
  const db = await createDataSource(env.DATABASE_URL, { poolSize: 2, applicationName: 'roster' }).initialize();
  try {
    const planning = new PlanningRepository(db);
    const advisers = await planning.rosterableAdvisers();
    if (advisers.length === 0)
      return refuse('no advisers on the register yet: they appear when advisers sign in or a supervisor sets their skills');
    const ordered = await new OpeningCalendarRepository(db).exceptions({ from, to });
    const calendar = defaultCalendar(
      parseExceptions(
        ordered.map((e) => ({ kind: e.kind, date: e.date, opens: e.opens ?? undefined, closes: e.closes ?? undefined, reason: e.reason })),
      ),
    );
    const written = await planning.replaceGeneratedShifts({ from: from!, to: to! }, demoRoster(advisers, from!, to!, calendar));
    process.stdout.write(`rostered ${written} shifts for ${advisers.length} advisers from ${from} to ${to}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`roster failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);

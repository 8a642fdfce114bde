/**
 * Writes a realistic past of the support's contacts into Postgres, for workforce planning to learn
 * from: `npm run history:generate [-- --days N] [--until YYYY-MM-DD] [--seed N] [--replace]`, or
 * `-- --remove` to take every generated row away again. Never run by `npm start`.
 */
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { createDataSource } from '@inquiry-router/persistence';
import { CommonEnv, loadConfig } from '@inquiry-router/runtime';
import { GeneratedSpanExists, generateHistory, removeHistory } from './history-generator';

const usage =
  'usage: history:generate [-- --days N (default 730)] [--until YYYY-MM-DD (default yesterday)] [--seed N (default 1)] [--replace] | [-- --remove]\n';

async function main(): Promise<number> {
  let values: { days?: string; until?: string; seed?: string; replace?: boolean; remove?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        days: { type: 'string' },
        until: { type: 'string' },
        seed: { type: 'string' },
        replace: { type: 'boolean' },
        remove: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const days = Number(values.days ?? 730);
  const seed = Number(values.seed ?? 1);
  const now = new Date();
  const until = values.until ?? DateTime.fromJSDate(now, { zone: 'Europe/Oslo' }).minus({ days: 1 }).toISODate()!;
  if (!Number.isInteger(days) || days < 1 || days > 3660) return refuse('--days must be a whole number of days, 1–3660');
  if (!Number.isInteger(seed)) return refuse('--seed must be a whole number');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || !DateTime.fromISO(until).isValid) return refuse('--until must be a YYYY-MM-DD date');
  if (until >= DateTime.fromJSDate(now, { zone: 'Europe/Oslo' }).toISODate()!)
    return refuse('--until must be a day before today: history is the past');

  const env = loadConfig(CommonEnv);
  const db = await createDataSource(env.DATABASE_URL, { poolSize: 2, applicationName: 'history-generator' }).initialize();
  try {
    if (values.remove) {
      const removed = await removeHistory(db);
      process.stdout.write(`removed ${removed} generated inquiries (with their decisions and history) and the generated extended hours\n`);
      return 0;
    }
    const report = await generateHistory(db, { days, until, seed, replace: values.replace ?? false, now });
    process.stdout.write(
      `generated ${report.inquiries} inquiries from ${report.from} to ${report.to} ` +
        `(phone ${report.byChannel.phone}, email ${report.byChannel.email}, social ${report.byChannel.social}), ` +
        `${report.historyRows} history rows and ${report.extendedHours} days of extended hours in ${report.seconds} s (seed ${seed})\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof GeneratedSpanExists) return refuse(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
}

function refuse(message: string): number {
  process.stderr.write(`${message}\n${usage}`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`history:generate failed: ${error.message}\n`);
    process.exit(1);
  },
);

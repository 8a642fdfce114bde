/**
 * Workforce planning commands. Usage: npm run -s staffing -- COMMAND [options]  (DATABASE_URL as for the apps)
 *   backtest [--weeks 8] [--deadlines FILE.json]   forecast the last full weeks from the history before them; WAPE per channel
 */
import { CommonEnv, loadConfig } from '@inquiry-router/runtime';
import { createDataSource } from '@inquiry-router/persistence';
import { isBacktestInputError, runBacktest } from './staffing-backtest';

const commands: Record<string, (args: string[]) => Promise<unknown>> = {
  backtest: async (args) => {
    const env = loadConfig(CommonEnv);
    const db = await createDataSource(env.DATABASE_URL, { poolSize: 2, applicationName: 'staffing-backtest' }).initialize();
    try {
      return await runBacktest(args, { db });
    } finally {
      await db.destroy();
    }
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: staffing COMMAND [options]; commands: ${Object.keys(commands).join(', ')}\n`);
    process.exit(2);
  }
  await command(args);
}

main().catch((error) => {
  process.stderr.write(`staffing failed: ${(error as Error).message}\n`);
  process.exit(isBacktestInputError(error) ? 2 : 1);
});

import { CommonEnv, createLogger, loadConfig } from '@inquiry-router/runtime';
import { migrate } from '@inquiry-router/local-system';

/** One-off: create the database if needed and apply migrations (deploy init step). */
async function main(): Promise<void> {
  const env = loadConfig(CommonEnv);
  await migrate(env.DATABASE_URL, createLogger('migrate', env.LOG_LEVEL, true));
}

main().catch((error) => {
  process.stderr.write(`migrate failed: ${(error as Error).message}\n`);
  process.exit(1);
});

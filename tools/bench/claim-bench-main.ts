import { createDataSource } from '@inquiry-router/persistence';
import { benchDatabaseUrl, say, startBenchRun } from './bench-system';
import { benchClaimsEverywhere, claimJsonFigures, claimTableRows } from './claim-bench';

/**
 * `node dist/tools/bench/claim-bench-main.js`: the claim part of `npm run bench` alone (open loop
 * at a human rate, closed loop from one and two workdesk instances), with its table rows and JSON
 * figures. BENCH_CLAIM_COUNT inquiries per closed-loop run (default 5,000), BENCH_CLAIM_OPEN_SECONDS
 * for the open loop (default 20).
 */
async function main(): Promise<void> {
  const run = await startBenchRun();
  // The bench database is the bench's own: start from empty tables, so no earlier run's work waits in it.
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 1, applicationName: 'bench' }).initialize();
  await db.query('TRUNCATE inquiries CASCADE');
  await db.destroy();
  try {
    const claims = await benchClaimsEverywhere(run.env, run.runId, {
      count: Number(process.env.BENCH_CLAIM_COUNT ?? 5_000),
    });
    say('');
    say('| figure | value |');
    say('|---|---|');
    for (const row of claimTableRows(claims)) say(row);
    say(JSON.stringify(claimJsonFigures(claims)));
  } finally {
    await run.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`claim bench failed: ${(error as Error).stack ?? (error as Error).message}\n`);
    process.exit(1);
  });
}

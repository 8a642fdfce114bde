import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { KafkaConnection } from '@inquiry-router/messaging';
import { AppProcess, apps, createTopics, freePort, repoRoot } from '@inquiry-router/local-system';
import { benchAppEnv, benchLog, deleteBenchTopics, prepareBenchSystem, say } from './bench-system';
import { benchIntake, IntakePart, prepareIntakeEnv } from './intake-bench';

/**
 * `node dist/tools/bench/intake-bench-main.js`: the channel adapters' intake alone, on the bench's
 * broker, database and Redis keys, with only the apps it needs (the three adapters and the
 * classifier, which answers the waiting callers). BENCH_INTAKE_COUNT contacts per channel (default
 * 2,000); BENCH_INTAKE_PARTS picks parts (e.g. `phone` or `email,social`). APP_NODE_ARGS passes node
 * flags to the apps, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
 */
const count = Number(process.env.BENCH_INTAKE_COUNT ?? 2_000);
const parts = (process.env.BENCH_INTAKE_PARTS ?? 'email,social,phone').split(',').map((p) => p.trim()) as IntakePart[];

async function main(): Promise<void> {
  const system = await prepareBenchSystem();
  const runId = randomBytes(4).toString('hex');
  const topicPrefix = `bench-${runId}.`;
  const connection = new KafkaConnection({ clientId: 'bench', brokers: system.brokers.split(','), topicPrefix, logger: benchLog });
  await createTopics(connection, undefined, benchLog);

  const env = benchAppEnv(system.brokers, topicPrefix, `bench:${runId}:`);
  for (const app of apps) env[app.portVar] = String(await freePort());
  const endpoints = await prepareIntakeEnv(env);
  const processes = (['classifier', 'email-adapter', 'social-adapter', 'phone-adapter'] as const).map(
    (name) => new AppProcess(name, env, path.join(repoRoot(), 'test-artifacts/logs', `bench-${runId}-${name}.log`)),
  );
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    const run = await benchIntake(endpoints, count, parts);
    say('');
    say('| figure | value |');
    say('|---|---|');
    if (run.email)
      say(
        `| email intake over SMTP (inquiries/s; p50 / p99 to 250 in ms) | ${run.email.perSec} (${run.email.p50Ms} / ${run.email.p99Ms}) |`,
      );
    if (run.social)
      say(
        `| social webhook intake (inquiries/s; p50 / p99 to 200 in ms) | ${run.social.perSec} (${run.social.p50Ms} / ${run.social.p99Ms}) |`,
      );
    if (run.phone)
      say(
        `| phone decision round trip, ${run.calls} calls (p50 / p99 ms; calls/s) | ${run.phone.p50Ms} / ${run.phone.p99Ms}; ${run.phone.perSec} |`,
      );
    say(
      JSON.stringify({
        emailIntakePerSec: run.email?.perSec,
        emailAcceptP99Ms: run.email?.p99Ms,
        socialIntakePerSec: run.social?.perSec,
        socialAcceptP99Ms: run.social?.p99Ms,
        phoneDecisionP50Ms: run.phone?.p50Ms,
        phoneDecisionP99Ms: run.phone?.p99Ms,
        phoneCallsPerSec: run.phone?.perSec,
      }),
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await deleteBenchTopics(connection, topicPrefix);
    await system.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`intake bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});

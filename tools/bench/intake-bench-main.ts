import { say, startBenchRun } from './bench-system';
import { benchIntake, IntakePart, prepareIntakeEnv } from './intake-bench';

/**
 * `node dist/tools/bench/intake-bench-main.js`: the channel adapters' intake alone, on the bench's
 * broker, database and Redis keys, with only the apps its parts need (each part's adapter, and for
 * the phone the classifier, which answers the waiting callers). BENCH_INTAKE_COUNT contacts per channel (default
 * 2,000); BENCH_INTAKE_PARTS picks parts (e.g. `phone` or `email,social`). APP_NODE_ARGS passes node
 * flags to the apps, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
 */
const count = Number(process.env.BENCH_INTAKE_COUNT ?? 2_000);
const parts = (process.env.BENCH_INTAKE_PARTS ?? 'email,social,phone').split(',').map((p) => p.trim()) as IntakePart[];

async function main(): Promise<void> {
  const run = await startBenchRun();
  const endpoints = await prepareIntakeEnv(run.env);
  // Only what the parts asked for need: on this small machine an idle classifier still reads every
  // inquiry the other parts publish, and its CPU would be taken from the adapter measured.
  const needed = [
    ...(parts.includes('phone') ? (['classifier', 'phone-adapter'] as const) : []),
    ...(parts.includes('email') ? (['email-adapter'] as const) : []),
    ...(parts.includes('social') ? (['social-adapter'] as const) : []),
  ];
  const processes = needed.map((name) => run.app(name));
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    const figures = await benchIntake(endpoints, count, parts, processes);
    say('');
    say('| figure | value |');
    say('|---|---|');
    if (figures.email)
      say(
        `| email intake over SMTP (inquiries/s; p50 / p99 to 250 in ms) | ${figures.email.perSec} (${figures.email.p50Ms} / ${figures.email.p99Ms}) |`,
      );
    if (figures.social)
      say(
        `| social webhook intake (inquiries/s; p50 / p99 to 200 in ms) | ${figures.social.perSec} (${figures.social.p50Ms} / ${figures.social.p99Ms}) |`,
      );
    if (figures.phone)
      say(
        `| phone decision round trip, ${figures.calls} calls (p50 / p99 ms; calls/s) | ${figures.phone.p50Ms} / ${figures.phone.p99Ms}; ${figures.phone.perSec} |`,
      );
    say(
      JSON.stringify({
        emailIntakePerSec: figures.email?.perSec,
        emailAcceptP99Ms: figures.email?.p99Ms,
        socialIntakePerSec: figures.social?.perSec,
        socialAcceptP99Ms: figures.social?.p99Ms,
        phoneDecisionP50Ms: figures.phone?.p50Ms,
        phoneDecisionP99Ms: figures.phone?.p99Ms,
        phoneCallsPerSec: figures.phone?.perSec,
        cpuUsPerContact: figures.cpuUsPerContact,
      }),
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await run.end();
  }
}

main().catch((error) => {
  process.stderr.write(`intake bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});

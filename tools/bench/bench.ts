import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { EventPublisher, KafkaConnection } from '@inquiry-router/messaging';
import { createDataSource } from '@inquiry-router/persistence';
import { AppProcess, apps, createTopics, freePort, repoRoot } from '@inquiry-router/local-system';
import { percentile } from './percentile';
import {
  benchAppEnv,
  benchDatabaseUrl,
  benchInquiries,
  benchLog,
  benchRedisUrl,
  deleteBenchTopics,
  prepareBenchSystem,
  publishBenchInquiries,
  say,
} from './bench-system';
import { benchEmailIntake, benchPhoneDecision, benchSocialIntake, IntakeFigures } from './intake-bench';
import { benchClassifier } from './classifier-bench';
import { benchClaims } from './claim-bench';
import { benchStaffing } from './staffing-bench';
import { benchForecast } from './forecast-bench';
import Redis from 'ioredis';
import { LiveQueues } from '@inquiry-router/live-queues';
import { developmentAudience } from '@inquiry-router/access';

/**
 * `npm run bench`: pushes BENCH_COUNT inquiries (default 20,000) through the real pipeline
 * (classifier and router as real processes, real broker, Postgres and Redis), then the same
 * messages through the same number of consume-produce hops doing no work, and compares the two;
 * then measures the channel adapters' intake (mail over SMTP, signed webhooks) and, for phone, the
 * decision round trip a waiting caller sees; last, in this process, the time to forecast 8 weeks of
 * contacts from two years of history (tools/bench/forecast-bench.ts).
 * Runs on its own topics, database and Redis keys, so it leaves a running system alone.
 */
const count = Number(process.env.BENCH_COUNT ?? 20_000);
/** Contacts per channel for the adapters' intake figures. */
const intakeCount = Number(process.env.BENCH_INTAKE_COUNT ?? 2_000);
/** Inquiries claimed by 40 advisers at once for the claim latency. */
const claimCount = Number(process.env.BENCH_CLAIM_COUNT ?? 5_000);

async function pipelineRun(connection: KafkaConnection, publisher: EventPublisher, runId: string) {
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 2, applicationName: 'bench' }).initialize();
  try {
    // The bench database is the bench's own: start each run from empty tables, so counting stays cheap.
    await db.query('TRUNCATE inquiries CASCADE');
    const started = await publishBenchInquiries(publisher, `bench-${runId}-`, count);
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM inquiries`, []);
      if (n >= count) break;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${count} inquiries were routed within 10 minutes`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const rows: { latency_ms: number; recorded_ms: number }[] = await db.query(
      `SELECT extract(epoch FROM (recorded_at - received_at)) * 1000 AS latency_ms, extract(epoch FROM recorded_at) * 1000 AS recorded_ms
         FROM inquiries WHERE id LIKE $1`,
      [`bench-${runId}-%`],
    );
    const latencies = rows.map((r) => Number(r.latency_ms)).sort((a, b) => a - b);
    const finished = Math.max(...rows.map((r) => Number(r.recorded_ms)));
    return { seconds: (finished - started) / 1000, latencies };
  } finally {
    await db.destroy();
  }
}

/** Two hops that only consume and pass on (and, at the end, count): Kafka's own cost for the same path. */
async function rawRun(connection: KafkaConnection, runId: string): Promise<number> {
  const kafka = connection.kafka;
  const prefix = `bench-raw-${runId}.`;
  const [inTopic, midTopic] = [`${prefix}in`, `${prefix}mid`];
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [inTopic, midTopic].map((topic) => ({ topic, numPartitions: 6 })) });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const hop1 = kafka.consumer({ groupId: `${prefix}hop1`, maxWaitTimeInMs: 100 });
  const hop2 = kafka.consumer({ groupId: `${prefix}hop2`, maxWaitTimeInMs: 100 });
  let seen = 0;
  let finished = 0;
  const done = new Promise<void>((resolve) => {
    void (async () => {
      for (const [consumer, topic] of [
        [hop1, inTopic],
        [hop2, midTopic],
      ] as const) {
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
      }
      await hop1.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 3,
        // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
        eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
          await producer.send({ topic: midTopic, acks: -1, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
          resolveOffset(batch.lastOffset());
          await commitOffsetsIfNecessary();
        },
      });
      await hop2.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 3,
        // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
        eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
          seen += batch.messages.length;
          resolveOffset(batch.lastOffset());
          await commitOffsetsIfNecessary();
          if (seen >= count && !finished) {
            finished = Date.now();
            resolve();
          }
        },
      });
    })();
  });
  // Let both groups settle before timing, as the pipeline's apps were ready before its run.
  await new Promise((r) => setTimeout(r, 3000));
  const started = Date.now();
  const chunk = 500;
  const all = benchInquiries(`bench-${runId}-`, 0, count, new Date().toISOString());
  for (let i = 0; i < count; i += chunk) {
    await producer.send({
      topic: inTopic,
      acks: -1,
      messages: all.slice(i, i + chunk).map((inquiry) => ({ key: inquiry.id, value: JSON.stringify({ inquiry }) })),
    });
  }
  await done;
  await Promise.all([hop1.disconnect(), hop2.disconnect(), producer.disconnect()]);
  await admin.deleteTopics({ topics: [inTopic, midTopic] }).catch(() => undefined);
  await admin.disconnect();
  return (finished - started) / 1000;
}

async function main(): Promise<void> {
  const system = await prepareBenchSystem();
  const brokers = system.brokers;

  const runId = randomBytes(4).toString('hex');
  const topicPrefix = `bench-${runId}.`;
  const connection = new KafkaConnection({ clientId: 'bench', brokers: brokers.split(','), topicPrefix, logger: benchLog });
  await createTopics(connection, undefined, benchLog);
  const publisher = new EventPublisher(connection);
  await publisher.connect();

  const env = benchAppEnv(brokers, topicPrefix, `bench:${runId}:`);
  for (const app of apps) env[app.portVar] = String(await freePort());
  const smtpPort = await freePort();
  const metaSecret = randomBytes(16).toString('hex');
  const twilioToken = randomBytes(16).toString('hex');
  Object.assign(env, {
    EMAIL_ADAPTER_SMTP_PORT: String(smtpPort),
    EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
    META_APP_SECRET: metaSecret,
    META_VERIFY_TOKEN: metaSecret,
    TWILIO_AUTH_TOKEN: twilioToken,
    // A Tuesday morning, so callers meet an open support whenever the bench runs.
    CLOCK_STARTS_AT: '2026-11-24T09:00:00Z',
  });
  const processes = (['classifier', 'router', 'agency-forwarder', 'email-adapter', 'social-adapter', 'phone-adapter'] as const).map(
    (name) => new AppProcess(name, env, path.join(repoRoot(), 'test-artifacts/logs', `bench-${runId}-${name}.log`)),
  );
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    say(`bench: ${count} inquiries through classifier → router (real broker, Postgres, Redis)...`);
    const pipeline = await pipelineRun(connection, publisher, runId);
    say(`bench: the same ${count} messages through two consume-produce hops doing no work...`);
    const rawSeconds = await rawRun(connection, runId);

    say(`bench: ${intakeCount} mails over SMTP (10 connections) and ${intakeCount} signed social webhooks (20 at once)...`);
    const email: IntakeFigures = await benchEmailIntake(smtpPort, intakeCount, 10);
    const social: IntakeFigures = await benchSocialIntake(`http://127.0.0.1:${env.SOCIAL_ADAPTER_PORT}`, metaSecret, intakeCount, 20);
    const calls = Math.max(1, Math.round(intakeCount / 4));
    say(`bench: ${calls} callers waiting for their routing decision (20 at once)...`);
    const phone = await benchPhoneDecision(`http://127.0.0.1:${env.PHONE_ADAPTER_PORT}`, twilioToken, calls, 20);

    say(`bench: ${claimCount} inquiries claimed by 40 advisers at once over HTTP...`);
    const claims = await claimBench(env, runId);

    say('bench: the classifier alone, in this process (one core)...');
    const classifier = benchClassifier();

    say('bench: a filing-deadline day simulated contact by contact (08:00–20:00, ~2,400 contacts)...');
    const staffing = benchStaffing();
    say('bench: forecasting 8 weeks of every channel from two years of history, in this process...');
    const forecast = benchForecast();

    const figures = {
      count,
      throughputPerSec: Math.round(count / pipeline.seconds),
      rawThroughputPerSec: Math.round(count / rawSeconds),
      ratio: Number((rawSeconds / pipeline.seconds).toFixed(3)),
      p50Ms: Math.round(percentile(pipeline.latencies, 50)),
      p95Ms: Math.round(percentile(pipeline.latencies, 95)),
      p99Ms: Math.round(percentile(pipeline.latencies, 99)),
      emailIntakePerSec: email.perSec,
      emailAcceptP99Ms: email.p99Ms,
      socialIntakePerSec: social.perSec,
      socialAcceptP99Ms: social.p99Ms,
      phoneDecisionP50Ms: phone.p50Ms,
      phoneDecisionP99Ms: phone.p99Ms,
      phoneCallsPerSec: phone.perSec,
      classifierPerSec: classifier.withModel.perSec,
      classifierPerCpuSec: classifier.withModel.perCpuSec,
      classifierP50Us: classifier.withModel.p50Us,
      classifierP99Us: classifier.withModel.p99Us,
      classifierRulesAlonePerSec: classifier.rulesAlone.perSec,
      classifierRulesAlonePerCpuSec: classifier.rulesAlone.perCpuSec,
      classifierRulesAloneP99Us: classifier.rulesAlone.p99Us,
      claimP50Ms: claims.p50Ms,
      claimP99Ms: claims.p99Ms,
      claimsPerSec: claims.perSec,
      staffingDayMs: staffing.medianMs,
      staffingDayMaxMs: staffing.maxMs,
      forecastMs: forecast.forecastMs,
    };
    say('');
    say('| figure | value |');
    say('|---|---|');
    say(`| inquiries | ${figures.count} |`);
    say(`| pipeline throughput (inquiries/s) | ${figures.throughputPerSec} |`);
    say(`| raw Kafka pass-through (messages/s) | ${figures.rawThroughputPerSec} |`);
    say(`| ratio pipeline/raw | ${figures.ratio} |`);
    say(`| ingest-to-queued p50 / p95 / p99 (ms) | ${figures.p50Ms} / ${figures.p95Ms} / ${figures.p99Ms} |`);
    say(`| email intake over SMTP (inquiries/s; p50 / p99 to 250 in ms) | ${email.perSec} (${email.p50Ms} / ${email.p99Ms}) |`);
    say(`| social webhook intake (inquiries/s; p50 / p99 to 200 in ms) | ${social.perSec} (${social.p50Ms} / ${social.p99Ms}) |`);
    const c = classifier.withModel;
    const r = classifier.rulesAlone;
    say(
      `| classifier alone, rules + text model, one core (inquiries/s; p50 / p99 per inquiry in µs) | ${c.perSec} (${c.p50Us} / ${c.p99Us}) |`,
    );
    say(`| classifier alone, rules only, one core (inquiries/s; p50 / p99 in µs) | ${r.perSec} (${r.p50Us} / ${r.p99Us}) |`);
    say(
      `| phone decision round trip, ${calls} calls 20 at once (p50 / p99 ms; calls/s) | ${phone.p50Ms} / ${phone.p99Ms}; ${phone.perSec} |`,
    );
    say(`| claim latency, 40 advisers at once over HTTP (p50 / p99 ms; claims/s) | ${claims.p50Ms} / ${claims.p99Ms}; ${claims.perSec} |`);
    say(
      `| deadline day simulated, ${staffing.contacts} contacts (median / slowest of ${staffing.runs} in ms; budget 5000) | ${staffing.medianMs} / ${staffing.maxMs} |`,
    );
    say(
      `| forecast, 8 weeks × 3 channels from 2 years of history (${forecast.historyRows} interval counts → ${forecast.intervals} half-hours; ms, target < 2000) | ${forecast.forecastMs} |`,
    );
    say(JSON.stringify(figures));
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await publisher.disconnect();
    await deleteBenchTopics(connection, topicPrefix);
    await system.stop();
  }
}

/**
 * Workdesk on its own Redis key prefix (its queues hold only what the claim bench puts there,
 * not the pipeline run's inquiries), verifying tokens from its development issuer.
 */
async function claimBench(baseEnv: NodeJS.ProcessEnv, runId: string) {
  const prefix = `bench:${runId}:claims:`;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    REDIS_KEY_PREFIX: prefix,
    OIDC_ISSUER: `http://127.0.0.1:${baseEnv.WORKDESK_PORT}`,
    OIDC_AUDIENCE: developmentAudience,
  };
  const workdesk = new AppProcess('workdesk', env, path.join(repoRoot(), 'test-artifacts/logs', `bench-${runId}-workdesk.log`));
  const redis = new Redis(benchRedisUrl);
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 3, applicationName: 'bench' }).initialize();
  try {
    const queues = new LiveQueues(redis, prefix);
    await queues.markBuilt();
    workdesk.start();
    await workdesk.waitUntilReady(90_000);
    return await benchClaims(`http://127.0.0.1:${env.WORKDESK_PORT}`, db, queues, claimCount, 40);
  } finally {
    await workdesk.stop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await db.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});

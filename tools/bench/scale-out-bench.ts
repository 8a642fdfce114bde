import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import Redis from 'ioredis';
import { AssignerProtocol } from 'kafkajs';
import { Topics } from '@inquiry-router/contracts';
import { LiveQueues } from '@inquiry-router/live-queues';
import { EventPublisher, KafkaConnection } from '@inquiry-router/messaging';
import { createDataSource } from '@inquiry-router/persistence';
import { AppProcess, apps, createTopics, freePort, repoRoot } from '@inquiry-router/local-system';
import { percentile } from './percentile';
import {
  benchAppEnv,
  benchDatabaseUrl,
  benchLog,
  benchRedisUrl,
  deleteBenchTopics,
  prepareBenchSystem,
  publishBenchInquiries,
  say,
} from './bench-system';

/**
 * `npm run bench:scale-out`: end-to-end throughput (intake → routed, in Postgres and the live
 * queues) with one instance of classifier and router, then with two of each in the same consumer
 * groups. Each run has fresh topics of BENCH_SCALE_PARTITIONS partitions (default 12) and sends
 * BENCH_SCALE_COUNT inquiries (default 10,000) once every instance holds partitions;
 * BENCH_SCALE_ROUNDS (default 1) repeats both, one then two, and compares the medians. On a machine
 * with few cores the instances compete for them with each other, the broker, Postgres and Redis:
 * a second instance then gains little or nothing, and the figures say so.
 */
const count = Number(process.env.BENCH_SCALE_COUNT ?? 10_000);
const partitions = Number(process.env.BENCH_SCALE_PARTITIONS ?? 12);
const rounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 1);

interface RunFigures {
  instances: number;
  seconds: number;
  perSec: number;
}

/** Resolves once `group` has `members` members that each hold partitions of `topic`. */
async function groupShared(connection: KafkaConnection, group: string, topic: string, members: number): Promise<void> {
  const admin = connection.kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const {
        groups: [g],
      } = await admin.describeGroups([connection.group(group)]);
      const held = g.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[topic] ?? []);
      if (g.state === 'Stable' && held.length === members && held.every((p) => p.length > 0)) return;
      if (Date.now() > deadline) throw new Error(`group ${group} did not settle with ${members} members holding ${topic}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await admin.disconnect();
  }
}

/** One run on fresh topics: `instances` each of classifier and router, `count` inquiries through them. */
async function run(instances: number, brokers: string): Promise<RunFigures> {
  const runId = randomBytes(4).toString('hex');
  const topicPrefix = `bench-scale-${runId}.`;
  const connection = new KafkaConnection({ clientId: 'bench', brokers: brokers.split(','), topicPrefix, logger: benchLog });
  const partitionSpec = [Topics.InquiryReceived, Topics.InquiryClassified].map((t) => `${t}=${partitions}`).join(',');
  await createTopics(connection, partitionSpec, benchLog);
  const publisher = new EventPublisher(connection);
  await publisher.connect();
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 2, applicationName: 'bench' }).initialize();
  const redis = new Redis(benchRedisUrl);
  const redisPrefix = `bench:${runId}:`;
  // The bench database holds earlier runs' waiting inquiries: this run's queues start built and
  // empty, so no router spends the run restoring those into them.
  await new LiveQueues(redis, redisPrefix).markBuilt();
  const base: NodeJS.ProcessEnv = {
    ...benchAppEnv(brokers, topicPrefix, redisPrefix),
    // Nor compares them with what Postgres has waiting, which is not for these queues either.
    QUEUE_RECONCILE_SECONDS: '0',
  };
  const processes: AppProcess[] = [];
  for (let i = 0; i < instances; i++) {
    const env = { ...base };
    for (const app of apps) env[app.portVar] = String(await freePort());
    for (const name of ['classifier', 'router'] as const) {
      processes.push(new AppProcess(name, env, path.join(repoRoot(), 'test-artifacts/logs', `bench-scale-${runId}-${name}-${i + 1}.log`)));
    }
  }
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    await groupShared(connection, 'classifier', connection.topic(Topics.InquiryReceived), instances);
    await groupShared(connection, 'router', connection.topic(Topics.InquiryClassified), instances);

    const prefix = `bench-scale-${runId}-`;
    const started = await publishBenchInquiries(publisher, prefix, count);
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id LIKE $1`, [`${prefix}%`]);
      if (n >= count) break;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${count} inquiries were routed within 10 minutes`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const [{ finished }]: { finished: number }[] = await db.query(
      `SELECT extract(epoch FROM max(recorded_at)) * 1000 AS finished FROM inquiries WHERE id LIKE $1`,
      [`${prefix}%`],
    );
    const seconds = (Number(finished) - started) / 1000;
    return { instances, seconds: Number(seconds.toFixed(2)), perSec: Math.round(count / seconds) };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await publisher.disconnect();
    await db.destroy();
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await deleteBenchTopics(connection, topicPrefix);
  }
}

async function main(): Promise<void> {
  const system = await prepareBenchSystem();
  const brokers = system.brokers;
  try {
    const figures: RunFigures[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const instances of [1, 2]) {
        say(
          `bench: round ${round}, ${count} inquiries, intake → routed, ${instances} × (classifier + router), ${partitions} partitions...`,
        );
        figures.push(await run(instances, brokers));
      }
    }
    const median = (instances: number) => {
      const rates = figures.filter((f) => f.instances === instances).map((f) => f.perSec);
      return percentile(
        rates.sort((a, b) => a - b),
        50,
      );
    };
    const [one, two] = [median(1), median(2)];
    const gain = Number((two / one).toFixed(2));
    say('');
    say('| instances of classifier + router | seconds | inquiries/s |');
    say('|---|---|---|');
    for (const f of figures) say(`| ${f.instances} | ${f.seconds} | ${f.perSec} |`);
    say(`| two against one (medians ${Math.round(two)} / ${Math.round(one)}) | | × ${gain} |`);
    say(JSON.stringify({ count, partitions, rounds, onePerSec: Math.round(one), twoPerSec: Math.round(two), gain, runs: figures }));
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});

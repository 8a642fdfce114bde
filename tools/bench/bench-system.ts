import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Inquiry, Topics } from '@inquiry-router/contracts';
import { EventPublisher, KafkaConnection } from '@inquiry-router/messaging';
import { createLogger } from '@inquiry-router/runtime';
import {
  AppName,
  AppProcess,
  apps,
  checkPostgres,
  checkRedis,
  createTopics,
  freePort,
  localBrokerAnswers,
  migrate,
  repoRoot,
  startLocalBroker,
  stopLocalBroker,
} from '@inquiry-router/local-system';
import { ensureTextModel } from '../training/train-model';

/**
 * What every end-to-end bench shares: its own database and Redis keys (so a running system is left
 * alone), the real services made ready, and the inquiries it sends.
 */
export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/inquiry_router_bench';
export const benchRedisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
export const benchLog = createLogger('bench', process.env.LOG_LEVEL ?? 'warn', true);
export const say = (line: string) => process.stdout.write(`${line}\n`);

const bodies = [
  'Jeg får ikke logget inn i portalen med BankID, det står feilkode 403.',
  'Hvordan gir jeg regnskapsføreren tilgang til å sende inn for selskapet vårt?',
  'Hvilken verdi skal vi oppgi per aksje i aksjonærregisteroppgaven når selskapet er nystiftet?',
  'Vi er en leverandør av lønnssystem og får 500 fra API-et ved innsending av a-melding.',
  'Eg finn ikkje skjemaet for produksjonstilskot, kor ligg det?',
  'Why was our company selected for the statistics survey, and what is the deadline?',
];

/** Email inquiries `idPrefix`+from … `idPrefix`+(to − 1), a realistic mix of questions. */
export function benchInquiries(idPrefix: string, from: number, to: number, receivedAt: string): Inquiry[] {
  return Array.from({ length: to - from }, (_, k) => from + k).map((i) => ({
    id: `${idPrefix}${i}`,
    channel: 'email' as const,
    receivedAt,
    from: { email: `person${i}@example.no` },
    to: 'brukerservice@altinn.example',
    subject: 'Spørsmål',
    body: bodies[i % bodies.length],
  }));
}

/** Publishes `count` inquiries in chunks, stamping each chunk's receivedAt as it is sent; resolves with when it started. */
export async function publishBenchInquiries(publisher: EventPublisher, idPrefix: string, count: number): Promise<number> {
  const started = Date.now();
  const chunk = 500;
  for (let i = 0; i < count; i += chunk) {
    const batch = benchInquiries(idPrefix, i, Math.min(count, i + chunk), new Date().toISOString());
    await publisher.publish(
      Topics.InquiryReceived,
      batch.map((inquiry) => ({ key: inquiry.id, value: { inquiry } })),
    );
  }
  return started;
}

/**
 * Postgres and Redis checked, the local broker started when none answers (and KAFKA_BROKERS is
 * unset), the bench database migrated and a text model ready; `stop` stops a broker it started.
 */
export async function prepareBenchSystem(): Promise<{ brokers: string; stop: () => Promise<void> }> {
  await checkPostgres(benchDatabaseUrl);
  await checkRedis(benchRedisUrl);
  const broker = await prepareBenchBroker();
  await migrate(benchDatabaseUrl, benchLog);
  await ensureTextModel(benchDatabaseUrl, benchLog);
  return broker;
}

/** The broker alone (for the Kafka benches): KAFKA_BROKERS, or the local one, started when none answers. */
export async function prepareBenchBroker(): Promise<{ brokers: string; stop: () => Promise<void> }> {
  const startedBroker = !process.env.KAFKA_BROKERS && !(await localBrokerAnswers());
  if (startedBroker) await startLocalBroker(benchLog);
  return {
    brokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    stop: async () => {
      if (startedBroker) await stopLocalBroker();
    },
  };
}

/** Each app's peak resident set in MB (null where the platform does not tell), keyed by app name. */
export function peakRssMbOf(processes: AppProcess[]): Record<string, number | null> {
  return Object.fromEntries(
    processes.map((p) => {
      const bytes = p.peakResidentBytes();
      return [p.name, bytes === undefined ? null : Math.round(bytes / (1024 * 1024))];
    }),
  );
}

/** The env the bench's app processes share: test mode, its topics, database and Redis keys. */
export function benchAppEnv(brokers: string, topicPrefix: string, redisKeyPrefix: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    // As in production (deploy/k8s/configmap.yaml): a line per request is part of what a request costs.
    LOG_LEVEL: process.env.BENCH_APP_LOG_LEVEL ?? 'info',
    KAFKA_BROKERS: brokers,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    DATABASE_URL: benchDatabaseUrl,
    REDIS_URL: benchRedisUrl,
    REDIS_KEY_PREFIX: redisKeyPrefix,
  };
}

/**
 * Creates topics of `partitions` partitions and waits until each partition has a leader. Polls the
 * metadata itself: on a busy broker, kafkajs' own wait (waitForLeaders) can fail with "This server
 * does not host this topic-partition" for a topic created a moment before.
 */
export async function createBenchTopics(
  connection: KafkaConnection,
  topics: string[],
  partitions: number,
  timeoutMs = 30_000,
): Promise<void> {
  const admin = connection.kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: false, topics: topics.map((topic) => ({ topic, numPartitions: partitions })) });
    const deadline = Date.now() + timeoutMs;
    for (let last = ''; ; await new Promise((r) => setTimeout(r, 100))) {
      try {
        const { topics: found } = await admin.fetchTopicMetadata({ topics });
        if (
          found.length === topics.length &&
          found.every((t) => t.partitions.length === partitions && t.partitions.every((p) => p.leader >= 0))
        )
          return;
        last = 'partitions without a leader';
      } catch (error) {
        last = (error as Error).message;
      }
      if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} had no leaders within ${timeoutMs} ms: ${last}`);
    }
  } finally {
    await admin.disconnect();
  }
}

/** Deletes the topics a bench run created under its prefix. */
export async function deleteBenchTopics(connection: KafkaConnection, topicPrefix: string): Promise<void> {
  const admin = connection.kafka.admin();
  await admin.connect();
  const mine = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
  await admin.deleteTopics({ topics: mine }).catch(() => undefined);
  await admin.disconnect();
}

/** One bench run: its id, its own topics (created), the env of its apps and how to start them. */
export interface BenchRun {
  runId: string;
  brokers: string;
  /** Connection under the run's topic prefix. */
  connection: KafkaConnection;
  /** The apps' env: the run's topics and Redis keys, every app on a free port. */
  env: NodeJS.ProcessEnv;
  /** An app of this run as a process, its log in test-artifacts/logs. */
  app(name: AppName): AppProcess;
  /** Deletes the run's topics and stops a broker the run started. */
  end(): Promise<void>;
}

/** The real services made ready (`prepareBenchSystem`), then a run of fresh topics on them. */
export async function startBenchRun(): Promise<BenchRun> {
  const system = await prepareBenchSystem();
  const runId = randomBytes(4).toString('hex');
  const topicPrefix = `bench-${runId}.`;
  const connection = new KafkaConnection({ clientId: 'bench', brokers: system.brokers.split(','), topicPrefix, logger: benchLog });
  await createTopics(connection, undefined, benchLog);
  const env = benchAppEnv(system.brokers, topicPrefix, `bench:${runId}:`);
  for (const app of apps) env[app.portVar] = String(await freePort());
  return {
    runId,
    brokers: system.brokers,
    connection,
    env,
    app: (name) => new AppProcess(name, env, path.join(repoRoot(), 'test-artifacts/logs', `bench-${runId}-${name}.log`)),
    end: async () => {
      await deleteBenchTopics(connection, topicPrefix);
      await system.stop();
    },
  };
}

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AssignerProtocol, Consumer } from 'kafkajs';
import { deadLetterTopicOf, TopicName } from '@inquiry-router/contracts';
import { developmentAudience } from '@inquiry-router/access';
import { EventPublisher, KafkaConnection } from '@inquiry-router/messaging';
import { createDataSource } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { createLogger } from '@inquiry-router/runtime';
import { apps, AppName, AppProcess, createTopics, migrate, repoRoot, freePort, seedDevelopmentUsers } from '@inquiry-router/local-system';
import { privateDatabase } from './private-database';

export { freePort };

export interface ReadRecord {
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface TestPipelineOptions {
  /**
   * For a test file that changes global state other files' apps read (the active policy, the
   * opening hours, the active text model): its apps and `db` use a Postgres database of its own,
   * named after this, migrated with the development users at set-up and dropped at tear-down.
   */
  privateDatabase?: string;
  /** A Redis of the file's own (a PrivateRedis) for its apps, `redis` and `queues`, instead of the shared one. */
  redisUrl?: string;
  /**
   * Partition counts for this file's topics, as `KAFKA_TOPIC_PARTITIONS` says them
   * (`inquiry.received.v1=8,…`): enough partitions for several instances of an app to share.
   */
  partitions?: string;
}

/**
 * A private slice of the real services for one test file: its own topic prefix (fresh topics
 * on the real broker), Redis key prefix and free ports; the test database is shared (unless the
 * file asks for a private one) and tests isolate themselves by fresh inquiry ids. Apps run as
 * real processes from dist/.
 */
export class TestPipeline {
  readonly id = randomBytes(4).toString('hex');
  readonly topicPrefix = `test-${this.id}.`;
  readonly redisPrefix = `test:${this.id}:`;
  readonly log = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'fatal', true);
  readonly connection: KafkaConnection;
  readonly publisher: EventPublisher;
  redis!: Redis;
  queues!: LiveQueues;
  db!: DataSource;
  private readonly processes: AppProcess[] = [];
  private readonly consumers: Consumer[] = [];
  private env: NodeJS.ProcessEnv = {};
  private readonly database?: ReturnType<typeof privateDatabase>;
  private readonly redisUrl: string;
  private readonly partitions?: string;

  constructor(options: TestPipelineOptions = {}) {
    this.redisUrl = options.redisUrl ?? process.env.REDIS_URL!;
    this.partitions = options.partitions;
    if (options.privateDatabase) this.database = privateDatabase(process.env.DATABASE_URL!, `${options.privateDatabase}_${this.id}`);
    this.connection = new KafkaConnection({
      clientId: `test-${this.id}`,
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      topicPrefix: this.topicPrefix,
      logger: this.log,
    });
    this.publisher = new EventPublisher(this.connection);
  }

  /** The database the apps and `db` use: the private one, if the file has one. */
  get databaseUrl(): string {
    return this.database?.url ?? process.env.DATABASE_URL!;
  }

  /** `extraEnv`: what the apps of this test need beyond the shared env (an SMTP port, a provider URL). */
  async setUp(extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
    if (this.database) {
      await migrate(this.database.url, this.log);
      await seedDevelopmentUsers(this.database.url, 'test');
    }
    const ports: Record<string, string> = {};
    for (const app of apps) ports[app.portVar] = String(await freePort());
    this.env = {
      ...process.env,
      ...ports,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_APP_LOG_LEVEL ?? 'info',
      DATABASE_URL: this.databaseUrl,
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      REDIS_URL: this.redisUrl,
      REDIS_KEY_PREFIX: this.redisPrefix,
      // The shared database holds other files' waiting inquiries, which are not for this file's queues.
      ...(this.database ? {} : { QUEUE_RECONCILE_SECONDS: '0' }),
      // Every app verifies tokens of this pipeline's own workdesk, the development issuer.
      OIDC_ISSUER: `http://127.0.0.1:${ports.WORKDESK_PORT}`,
      OIDC_AUDIENCE: developmentAudience,
      ...extraEnv,
    };
    this.redis = new Redis(this.redisUrl);
    this.queues = new LiveQueues(this.redis, this.redisPrefix);
    // The test database is shared by every test file: this prefix's queues start built and empty,
    // so a router does not restore other tests' waiting inquiries into them.
    await this.queues.markBuilt();
    await createTopics(this.connection, this.partitions, this.log);
    await this.publisher.connect();
    this.db = await createDataSource(this.databaseUrl, { poolSize: 3, applicationName: 'test' }).initialize();
  }

  /** Starts an app as a real process and waits until it is ready; `appEnv` is for this app alone (e.g. its clock). */
  async start(name: AppName, appEnv: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
    return this.launch(name, name, appEnv);
  }

  /**
   * Starts one more instance of an app beside those already started, as a scaled-out deployment
   * runs it: the same consumer groups, its own HTTP port (`process.port`) and log file, named
   * after `instance`. `url(name, …)` keeps naming the instance `start` started.
   */
  async startInstance(name: AppName, instance: string, appEnv: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
    const portVar = apps.find((a) => a.name === name)!.portVar;
    return this.launch(name, `${name}-${instance}`, { [portVar]: String(await freePort()), ...appEnv });
  }

  private async launch(name: AppName, logName: string, appEnv: NodeJS.ProcessEnv): Promise<AppProcess> {
    const logFile = path.join(repoRoot(), 'test-artifacts/logs', `${this.id}-${logName}.log`);
    const p = new AppProcess(name, { ...this.env, ...appEnv }, logFile);
    this.processes.push(p);
    p.start();
    await p.waitUntilReady(60_000);
    return p;
  }

  /** The environment the apps start with (after set-up), e.g. to load an app's config in the test itself. */
  get appEnv(): NodeJS.ProcessEnv {
    return { ...this.env };
  }

  url(name: AppName, pathname: string): string {
    return `http://127.0.0.1:${this.env[apps.find((a) => a.name === name)!.portVar]}${pathname}`;
  }

  /** Reads every record of a topic (by its contract name, or its dead-letter topic) as it arrives. */
  async collect(topic: TopicName, options: { deadLetters?: boolean } = {}): Promise<ReadRecord[]> {
    const records: ReadRecord[] = [];
    const consumer = this.connection.kafka.consumer({ groupId: `collector-${randomBytes(4).toString('hex')}`, maxWaitTimeInMs: 100 });
    this.consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: this.topicPrefix + (options.deadLetters ? deadLetterTopicOf(topic) : topic), fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
        records.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers });
        return Promise.resolve();
      },
    });
    return records;
  }

  /**
   * Resolves once the app consumer group `group` (as the app names it, e.g. 'router') has handled
   * every record `topic` holds now: its committed offsets reached the topic's end on every
   * partition. Apps commit only after their work, so this is the marker that whatever was published
   * before the call has been processed, for a check that something did not happen.
   */
  async processedSoFar(group: string, topic: TopicName, timeoutMs = 30_000): Promise<void> {
    const admin = this.connection.kafka.admin();
    await admin.connect();
    try {
      const name = this.connection.topic(topic);
      const ends = await admin.fetchTopicOffsets(name);
      await eventually(
        async () => {
          const [offsets] = await admin.fetchOffsets({ groupId: this.connection.group(group), topics: [name] });
          const committed = new Map(offsets.partitions.map((p) => [p.partition, Number(p.offset)]));
          return ends.every((end) => (committed.get(end.partition) ?? -1) >= Number(end.high) || Number(end.high) === Number(end.low))
            ? true
            : undefined;
        },
        timeoutMs,
        `consumer group ${group} through ${topic}`,
      );
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * The partitions of `topic` each member of the app consumer group `group` (as the app names it)
   * holds now, one list per member; empty while the group is rebalancing or has no members.
   */
  async assignments(group: string, topic: TopicName): Promise<number[][]> {
    const admin = this.connection.kafka.admin();
    await admin.connect();
    try {
      const {
        groups: [described],
      } = await admin.describeGroups([this.connection.group(group)]);
      if (described.state !== 'Stable') return [];
      const name = this.connection.topic(topic);
      return described.members.map((m) =>
        [...(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[name] ?? [])].sort((a, b) => a - b),
      );
    } finally {
      await admin.disconnect();
    }
  }

  async tearDown(): Promise<void> {
    try {
      if (this.redis) await this.stopAndClean(); // else set-up never ran (tests filtered out)
    } finally {
      await this.database?.drop();
    }
  }

  private async stopAndClean(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop(10_000)));
    await Promise.all(this.consumers.map((c) => c.disconnect()));
    await this.publisher.disconnect();
    const keys = await this.redis.keys(`${this.redisPrefix}*`);
    if (keys.length > 0) await this.redis.del(...keys);
    this.redis.disconnect();
    await this.db?.destroy();
    const admin = this.connection.kafka.admin();
    await admin.connect();
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(this.topicPrefix));
    await admin.deleteTopics({ topics: mine }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Polls until `probe` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function freshId(prefix = 'it'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

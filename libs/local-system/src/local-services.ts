import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { hash } from 'bcryptjs';
import { AdviserRepository, createDataSource, ensureDatabase, UserRepository } from '@inquiry-router/persistence';
import {
  ensureTopics,
  KafkaConnection,
  parsePartitionOverrides,
  planTopics,
  TopicRetention,
  topicRetention,
} from '@inquiry-router/messaging';
import { NamedError, type Role } from '@inquiry-router/contracts';
import { inProduction } from '@inquiry-router/runtime';
import { repoRoot } from './repo-root';

/**
 * Preparing the real services, shared by `npm start`, the ops commands, the bench and the test setup:
 * one clear line when Postgres or Redis is down, the local broker when none is configured,
 * databases, migrations, topics, development users. (The text model: tools/training.)
 */

const run = promisify(execFile);
const brokerScript = () => path.join(repoRoot(), 'deploy/kafka/broker.sh');

export class InfrastructureUnavailable extends NamedError {}

export async function checkPostgres(url: string): Promise<void> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new InfrastructureUnavailable(
      `Postgres is not reachable at ${target.host} (${(error as Error).message}). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new InfrastructureUnavailable(
      `Redis is not reachable at ${new URL(url).host} (${(cause ?? (error as Error)).message}). Start it with: redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Is a broker answering on the local port? */
export async function localBrokerAnswers(): Promise<boolean> {
  try {
    await run('bash', [brokerScript(), 'status']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the local KRaft broker (fetching it from Maven Central the first time). It ends with this
 * process: `stopLocalBroker()` stops it, and so does this process ending without that (a test run
 * that crashed before its teardown, a killed `npm start`), so no broker is left behind holding the port.
 */
export async function startLocalBroker(log: Logger): Promise<void> {
  log.info('starting the local Kafka broker (deploy/kafka)');
  try {
    const { stderr } = await run('bash', [brokerScript(), 'start'], {
      env: { ...process.env, KAFKA_LOCAL_OWNER_PID: String(process.pid) },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 15 * 60_000,
    });
    log.info(stderr.trim().split('\n').pop() ?? 'broker started');
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new InfrastructureUnavailable(
      `the local Kafka broker did not start: ${(e.stderr ?? e.message).trim().split('\n').slice(-5).join(' | ')}`,
    );
  }
}

export async function stopLocalBroker(): Promise<void> {
  await run('bash', [brokerScript(), 'stop']);
}

/**
 * Runs one of Kafka's own tools (e.g. `ProducerPerformance`, from org.apache.kafka.tools) with the
 * local broker's java command, fetching the jars first if needed; resolves with what it printed.
 */
export async function runKafkaTool(tool: string, args: string[], timeoutMs = 5 * 60_000): Promise<string> {
  try {
    const { stdout } = await run('bash', [brokerScript(), 'tool', tool, ...args], { maxBuffer: 16 * 1024 * 1024, timeout: timeoutMs });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const said = `${e.stderr ?? ''}\n${e.stdout ?? ''}`.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`Kafka's ${tool} failed: ${said || e.message}`, { cause: error });
  }
}

/**
 * Deletes what test runs recorded more than `olderThanHours` ago (inquiries with their history,
 * decisions, deliveries, cases and examples; outbox messages of finished runs, whose topics no relay
 * publishes any more), so the shared test database
 * does not grow run after run (a queue rebuild reads every waiting inquiry). Runs still going are
 * minutes old and untouched. Only for a database whose name says it is a test database.
 */
export async function purgeOldTestData(url: string, olderThanHours = 6): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  if (!/test/.test(name)) throw new Error(`refusing to purge database "${name}": its name must contain "test"`);
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'test-purge' }).initialize();
  try {
    const [, deleted]: [unknown, number] = await ds.query(`DELETE FROM inquiries WHERE recorded_at < now() - make_interval(hours => $1)`, [
      olderThanHours,
    ]);
    await ds.query(`DELETE FROM outbox WHERE created_at < now() - make_interval(hours => $1)`, [olderThanHours]);
    return deleted;
  } finally {
    await ds.destroy();
  }
}

/** Creates the database if needed and applies every pending migration (including the policy seed). */
export async function migrate(url: string, log: Logger): Promise<void> {
  if (await ensureDatabase(url)) log.info(`created database ${new URL(url).pathname.slice(1)}`);
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'migrate' }).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    for (const m of applied) log.info(`applied migration ${m.name}`);
  } finally {
    await ds.destroy();
  }
}

/** Creates the missing topics and sets every topic's retention (so an upgrade's retention reaches existing topics). */
export async function createTopics(
  connection: KafkaConnection,
  partitionSpec: string | undefined,
  log: Logger,
  retention: TopicRetention = topicRetention(),
): Promise<void> {
  const plan = planTopics(connection, parsePartitionOverrides(partitionSpec), retention);
  // A freshly started broker may still be electing its controller: retry for a while.
  for (let attempt = 1; ; attempt++) {
    try {
      const { created, retentionSet } = await ensureTopics(connection, plan);
      if (created.length > 0) log.info(`created topics ${created.join(', ')}`);
      if (retentionSet.length > 0) log.info(`set the retention of topics ${retentionSet.join(', ')}`);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export const developmentUsers: { username: string; password: string; roles: Role[]; agency?: string }[] = [
  { username: 'adviser', password: 'adviser', roles: ['adviser'] },
  { username: 'supervisor', password: 'supervisor', roles: ['supervisor'] },
  // Operations staff: register incidents and planned maintenance.
  { username: 'operator', password: 'operator', roles: ['operator'] },
  // Keeps the help pages and answer templates.
  { username: 'editor', password: 'editor', roles: ['editor'] },
  // Agency accounts act for one agency: they see and return only what is forwarded to it.
  { username: 'skd', password: 'skd', roles: ['agency'], agency: 'skd' },
  { username: 'nav', password: 'nav', roles: ['agency'], agency: 'nav' },
];

/** The development accounts; refused in production, where accounts come from the identity provider. */
export async function seedDevelopmentUsers(
  url: string,
  nodeEnv: string | undefined,
  options: { adviserCapacity?: { phone: number; email: number; social: number } } = {},
): Promise<void> {
  if (inProduction({ NODE_ENV: nodeEnv })) throw new Error('development users are not created when NODE_ENV=production');
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'seed' }).initialize();
  try {
    const users = new UserRepository(ds);
    for (const u of developmentUsers)
      await users.upsert({
        username: u.username,
        passwordHash: await hash(u.password, 10),
        roles: u.roles,
        agency: u.agency ?? null,
      });
    // The development adviser has every skill, so it can claim from any queue.
    await new AdviserRepository(ds).update('adviser', {
      lines: ['first-line', 'second-line', 'servicedesk'],
      languages: ['nb', 'nn', 'en'],
      capacity: options.adviserCapacity,
    });
  } finally {
    await ds.destroy();
  }
}

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { developmentAudience } from '@inquiry-router/access';
import { defaultPolicy } from '@inquiry-router/classification';
import { KafkaConnection } from '@inquiry-router/messaging';
import { newWebhookSecret } from '@inquiry-router/outbound-delivery';
import { AgencyEndpointRepository, createDataSource } from '@inquiry-router/persistence';
import { createLogger } from '@inquiry-router/runtime';
import {
  AppName,
  AppProcess,
  apps,
  createTopics,
  freePort,
  migrate,
  OutsideWorld,
  repoRoot,
  seedDevelopmentUsers,
} from '@inquiry-router/local-system';
import { PrivateBroker, PrivatePostgres, PrivateRedis } from '@inquiry-router/testing';
import { developmentWebhookSecrets } from '../start/development-secrets';
import { Entrances } from './contact-senders';
import { contactKey } from './contact-mix';
import { InquiryRow, QueuePlace } from './fault-outcome';
import { note } from './note';

const execFileAsync = promisify(execFile);
const database = 'inquiry_router_faults';
const redisPrefix = 'faults:';

/**
 * The whole system on services of the harness's own — a private Kafka broker, Redis and Postgres
 * server, which the faults kill, stop, flush and restart — with every app as a real process from
 * dist/, and the outside world on loopback (libs/local-system): the agencies' webhooks and the
 * platforms' send APIs on its HTTP stand-in, its mail sink as the relay that takes the
 * acknowledgement mails. Set up once and shared by every fault.
 */
export class FaultSystem {
  readonly id = randomBytes(3).toString('hex');
  readonly log = createLogger('faults', process.env.FAULTS_LOG_LEVEL ?? 'fatal', true);
  readonly broker = new PrivateBroker();
  readonly redis = new PrivateRedis();
  readonly postgres = new PrivatePostgres();
  readonly outside = new OutsideWorld();
  private readonly scratch = mkdtempSync(path.join(tmpdir(), 'ir-faults-'));
  private readonly processes = new Map<AppName, AppProcess>();
  private env: NodeJS.ProcessEnv = {};
  connection!: KafkaConnection;
  db!: Pool;
  redisClient!: Redis;

  get databaseUrl(): string {
    return this.postgres.url(database);
  }

  async setUp(): Promise<void> {
    await Promise.all([this.broker.start(), this.redis.start(), this.postgres.start(), this.outside.start()]);
    note(`private broker ${this.broker.address}, Redis ${this.redis.url}, Postgres ${this.databaseUrl}`);
    await migrate(this.databaseUrl, this.log);
    await seedDevelopmentUsers(this.databaseUrl, 'test');
    // The text model trains in a process of its own, from the build (faster than under jest), while the other apps start.
    const training = execFileAsync(process.execPath, [path.join(repoRoot(), 'dist/tools/cli/train.js')], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: this.databaseUrl },
      timeout: 15 * 60_000,
    });
    await this.pointAgenciesAtTheStandIn();
    this.connection = new KafkaConnection({ clientId: 'faults', brokers: [this.broker.address], topicPrefix: '', logger: this.log });
    await createTopics(this.connection, undefined, this.log);
    this.db = new Pool({ connectionString: this.databaseUrl, max: 3, application_name: 'faults' });
    // A restarted Postgres ends idle connections: the pool replaces them, the harness's polls retry.
    this.db.on('error', () => undefined);
    this.redisClient = new Redis(this.redis.url, { maxRetriesPerRequest: 1 });
    this.redisClient.on('error', () => undefined);

    const ports: NodeJS.ProcessEnv = {};
    for (const app of apps) ports[app.portVar] = String(await freePort());
    this.env = {
      ...process.env,
      ...ports,
      ...developmentWebhookSecrets,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.FAULTS_APP_LOG_LEVEL ?? 'warn',
      KAFKA_BROKERS: this.broker.address,
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redis.url,
      REDIS_KEY_PREFIX: redisPrefix,
      EMAIL_ADAPTER_SMTP_PORT: String(await freePort()),
      EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
      ...this.outside.env(),
      OIDC_ISSUER: `http://127.0.0.1:${ports.WORKDESK_PORT}`,
      OIDC_AUDIENCE: developmentAudience,
      // Tokens survive a restarted workdesk, as they do with a real provider.
      DEV_ISSUER_KEY_FILE: path.join(this.scratch, 'dev-issuer-key.json'),
      // A Tuesday morning: support is open, so callers are put through.
      CLOCK_STARTS_AT: '2026-11-24T09:00:00Z',
      // Repairs come round within seconds rather than minutes, so a run settles in time.
      QUEUE_REBUILD_CHECK_SECONDS: '2',
      QUEUE_RECONCILE_SECONDS: '10',
      AGENCY_DELIVERY_RETRY_DELAYS_SECONDS: '5,15',
      AGENCY_WEBHOOK_TIMEOUT_MS: '2000',
    };
    await Promise.all([
      ...apps.filter((app) => app.name !== 'classifier').map((app) => this.start(app.name)),
      training.then(() => this.start('classifier')),
    ]);
    note('every app ready');
  }

  /** Every agency of the default policy delivers by webhook to the stand-in. */
  private async pointAgenciesAtTheStandIn(): Promise<void> {
    const ds = await createDataSource(this.databaseUrl, { poolSize: 1, applicationName: 'faults' }).initialize();
    try {
      const endpoints = new AgencyEndpointRepository(ds);
      for (const agency of defaultPolicy.agencies)
        await endpoints.save(
          agency.code,
          {
            webhookUrl: this.outside.agencyWebhookUrl(agency.code),
            webhookSecret: newWebhookSecret(),
            mailbox: null,
            enabled: true,
          },
          'faults',
        );
    } finally {
      await ds.destroy();
    }
  }

  /** Starts an app (again) and waits until it is ready. */
  async start(name: AppName): Promise<void> {
    const p = new AppProcess(name, this.env, path.join(repoRoot(), 'test-artifacts/logs', `faults-${this.id}-${name}.log`));
    this.processes.set(name, p);
    p.start();
    await p.waitUntilReady(180_000);
  }

  /** Ends an app at once (SIGKILL), as a crash or an out-of-memory kill would. */
  async kill(name: AppName): Promise<void> {
    await this.processes.get(name)?.kill();
  }

  /** Waits until every app answers ready (after a fault, before the next). */
  async allReady(timeoutMs = 180_000): Promise<void> {
    await Promise.all([...this.processes.values()].map((p) => p.waitUntilReady(timeoutMs)));
  }

  get entrances(): Entrances {
    const url = (name: AppName) => `http://127.0.0.1:${this.env[apps.find((a) => a.name === name)!.portVar]}`;
    return {
      smtpPort: Number(this.env.EMAIL_ADAPTER_SMTP_PORT),
      phoneUrl: url('phone-adapter'),
      socialUrl: url('social-adapter'),
      workdeskUrl: url('workdesk'),
    };
  }

  /** The run's inquiry rows, each with the contact its text names and whether its agency delivery is done. */
  async inquiryRows(runId: string): Promise<InquiryRow[]> {
    const marker = contactKey(runId, 0).slice(0, -1);
    const { rows } = await this.db.query<{ id: string; status: string; queue: string | null; contact: string; delivered: boolean }>(
      `SELECT i.id, i.status, i.queue, substring(i.body from $1) AS contact,
              EXISTS (SELECT 1 FROM agency_deliveries d WHERE d.inquiry_id = i.id AND d.status IN ('delivered', 'available')) AS delivered
         FROM inquiries i WHERE i.body LIKE $2`,
      [`${marker}[0-9]+`, `%${marker}%`],
    );
    return rows.map((r) => ({ contact: r.contact, inquiryId: r.id, status: r.status, queue: r.queue, delivered: r.delivered }));
  }

  /** Every place an inquiry holds in the live queues: each queue set it is in, and the reservations. */
  async queuePlaces(): Promise<QueuePlace[]> {
    const places: QueuePlace[] = [];
    for (const key of await this.redisClient.keys(`${redisPrefix}queue:*`))
      for (const id of await this.redisClient.zrange(key, 0, -1)) places.push({ inquiryId: id, place: key });
    for (const id of await this.redisClient.hkeys(`${redisPrefix}reservations:data`)) places.push({ inquiryId: id, place: 'reservations' });
    return places;
  }

  /**
   * A number that grows whenever the pipeline gets something done: inquiries recorded, deliveries
   * made, entries in the live queues. Null while Postgres or Redis cannot be read.
   */
  async progress(): Promise<number | null> {
    try {
      const { rows } = await this.db.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM inquiries) + (SELECT count(*) FROM agency_deliveries WHERE status IN ('delivered', 'available')) AS n`,
      );
      const keys = await this.redisClient.keys(`${redisPrefix}queue:*`);
      const sizes = await Promise.all(keys.map((k) => this.redisClient.zcard(k)));
      return Number(rows[0].n) + sizes.reduce((a, b) => a + b, 0);
    } catch {
      return null;
    }
  }

  /** Inquiries that came in through the workdesk's intake API (their ids are the harness's own); null while Postgres cannot be read. */
  async intakeRecorded(): Promise<number | null> {
    try {
      const { rows } = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM inquiries WHERE id LIKE 'fh%'`);
      return Number(rows[0].n);
    } catch {
      return null;
    }
  }

  async tearDown(): Promise<void> {
    await Promise.all([...this.processes.values()].map((p) => p.stop(10_000)));
    this.redisClient?.disconnect();
    await this.db?.end().catch(() => undefined);
    await Promise.allSettled([this.broker.remove(), this.redis.remove(), this.postgres.remove(), this.outside.close()]);
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import type { QueueName, SinkRecord } from '@inquiry-router/contracts';
import { AdviserRepository, AdviserSkills, createDataSource, UserRepository } from '@inquiry-router/persistence';
import { copySharedTextModel, eventually, freePort, privateDatabase, TestPipeline } from '@inquiry-router/testing';
import { apps, migrate, seedDevelopmentUsers, repoRoot, AppName, OutsideWorld } from '@inquiry-router/local-system';
import { ensureTextModel } from '../../tools/training/train-model';
import { developmentWebhookSecrets } from '../../tools/start/development-secrets';

/** Every app the console's journeys pass through (the agency forwarder is not needed: nothing here reaches an agency's endpoint). */
const Apps: AppName[] = ['workdesk', 'classifier', 'router', 'email-adapter', 'phone-adapter', 'social-adapter'];

export interface SignInUser {
  username: string;
  password: string;
}

/**
 * The whole system as `npm start` runs it, for one end-to-end test file: the apps as real
 * processes from dist/ (the workdesk serving the built console from dist/console) on the real
 * broker and Redis (fresh topics and keys, free ports, as every integration test), a Postgres
 * database of its own (so the dashboard's counts are this file's alone), and the local sinks as
 * `npm start` runs them in development (libs/local-system's outside world): the SMTP relay where
 * receipts and answers to email land, the stand-in for the social platforms' send APIs, and the
 * workdesk's Sent page reading them.
 */
export class E2eSystem {
  readonly pipeline = new TestPipeline();
  readonly database = privateDatabase(process.env.DATABASE_URL!, `e2e_${this.pipeline.id}`);
  /** Everything the system sends out (receipts, answers, direct messages), as the local sinks received it. */
  readonly outside = new OutsideWorld();
  smtpPort!: number;
  db!: DataSource;

  /** `withConsole: false` for tests that use no browser (the built console need not exist then). */
  async start(options: { withConsole?: boolean } = {}): Promise<void> {
    const consoleIndex = path.join(repoRoot(), 'dist/console/index.html');
    if (options.withConsole !== false && !fs.existsSync(consoleIndex))
      throw new Error(`${consoleIndex} is missing: build the console first (npm run build)`);
    this.smtpPort = await freePort();
    await this.outside.start();
    await migrate(this.database.url, this.pipeline.log);
    await seedDevelopmentUsers(this.database.url, 'test');
    this.db = await createDataSource(this.database.url, { poolSize: 2, applicationName: 'e2e' }).initialize();
    await copySharedTextModel(this.db);
    await ensureTextModel(this.database.url, this.pipeline.log, { withCorrections: false });
    await this.pipeline.setUp({
      DATABASE_URL: this.database.url,
      EMAIL_ADAPTER_SMTP_PORT: String(this.smtpPort),
      EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
      ...this.outside.env(),
      // Every app has them, as under npm start: the workdesk's Phone page signs the phone adapter's
      // webhooks with its TWILIO_AUTH_TOKEN, and finds it by PHONE_ADAPTER_PORT (every app has every port).
      ...developmentWebhookSecrets,
      // The dashboard's live feed reads often, so a test sees a change within a second or two.
      LIVE_INTERVAL_MS: '500',
    });
    await Promise.all(Apps.map((app) => this.pipeline.start(app)));
  }

  /**
   * After a file that used a browser: what each signed-in user opened, then the browser, then the
   * system; each closed even when one before it fails to.
   */
  async stopWith(browser: { close(): Promise<void> } | undefined, opened: readonly { close(): Promise<void> }[] = []): Promise<void> {
    for (const u of opened) await u.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await this.stop();
  }

  async stop(): Promise<void> {
    await this.pipeline.tearDown();
    await this.db?.destroy();
    await this.outside.close().catch(() => undefined);
    await this.database.drop().catch(() => undefined);
  }

  /**
   * Sets every app's clock to `at` (ISO 8601 with its offset), as if the whole system ran at that
   * instant and on from it (`PUT /development/clock`, outside production only); null: back to real time.
   */
  async setClock(at: string | null): Promise<void> {
    await Promise.all(
      this.appUrls().map(async ({ app, url }) => {
        const res = await fetch(`${url}/development/clock`, {
          method: at === null ? 'DELETE' : 'PUT',
          headers: { 'content-type': 'application/json' },
          body: at === null ? undefined : JSON.stringify({ at }),
        });
        if (res.status !== 200) throw new Error(`${app} did not set its clock: ${res.status} ${await res.text()}`);
      }),
    );
  }

  /** A URL of the console (the workdesk serves it at `/`). */
  url(pathname = '/'): string {
    return this.pipeline.url('workdesk', pathname);
  }

  /**
   * Env for a child process (e.g. `npm run demo`) that should talk to this system: its ports, every
   * app's (those not started have a free port where nothing answers, never another system's default).
   */
  portsEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { EMAIL_ADAPTER_SMTP_PORT: String(this.smtpPort) };
    for (const app of apps) env[app.portVar] = new URL(this.pipeline.url(app.name, '/')).port;
    return env;
  }

  /** The base URL of every app this system runs (e.g. to read each one's development clock). */
  appUrls(): { app: AppName; url: string }[] {
    return Apps.map((app) => ({ app, url: this.pipeline.url(app, '') }));
  }

  /** Resolves once the inquiry waits in `queue` (the router has decided and queued it). */
  async waitInQueue(id: string, queue: QueueName): Promise<void> {
    await eventually(
      async () => ((await this.pipeline.queues.ids(queue)).includes(id) ? true : undefined),
      30_000,
      `${id} in the ${queue} queue`,
    );
  }

  /** A fresh adviser with the given lines (and room for several inquiries per channel). */
  async anAdviser(name: string, lines: NonNullable<AdviserSkills['lines']>): Promise<SignInUser> {
    const user = { username: `${name}-${this.pipeline.id}`, password: `pw-${name}` };
    await new UserRepository(this.db).upsert({ username: user.username, passwordHash: await hash(user.password, 4), roles: ['adviser'] });
    await new AdviserRepository(this.db).update(user.username, {
      lines,
      languages: ['nb', 'nn', 'en'],
      capacity: { phone: 2, email: 5, social: 5 },
    });
    return user;
  }

  /** The mails the system sent to `address`, in the order the relay received them. */
  mailTo(address: string): SinkRecord[] {
    return this.outside.mailTo(address);
  }

  /** The system's own record of an inquiry: status, queue, holder. */
  async inquiry(id: string): Promise<{ status: string; queue: string | null; assigned_to: string | null } | undefined> {
    const rows = await this.db.query<{ status: string; queue: string | null; assigned_to: string | null }[]>(
      `SELECT status, queue, assigned_to FROM inquiries WHERE id = $1`,
      [id],
    );
    return rows[0];
  }
}

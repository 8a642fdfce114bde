import * as path from 'node:path';
import { KafkaConnection, topicRetention } from '@inquiry-router/messaging';
import { CommonEnv, ConfigError, createLogger, inProduction, loadConfig } from '@inquiry-router/runtime';
import { developmentAudience } from '@inquiry-router/access';
import {
  apps,
  AppProcess,
  checkPostgres,
  checkRedis,
  createTopics,
  describeApp,
  InfrastructureUnavailable,
  localBrokerAnswers,
  migrate,
  portOf,
  OutsideWorld,
  repoRoot,
  seedDevelopmentUsers,
  SinkEnv,
  SinkPortTaken,
  startLocalBroker,
  stopLocalBroker,
} from '@inquiry-router/local-system';
import { ensureTextModel } from '../training/train-model';
import { developmentUnlessSet, webhookSecrets } from './development-secrets';
import { AppSupervisor } from './app-supervisor';
import { developmentSinks, pointAgenciesAtTheSinks, sinkEnvUnlessSet } from './development-sinks';

/**
 * `npm start`: prepares the real services (starting the local broker when KAFKA_BROKERS is not
 * set), then runs every app and prints where each listens. An app that exits once all are running
 * is restarted with backoff while the others run on. Ctrl-C stops everything it started.
 * Outside production it also runs the local sinks (libs/local-system outside-world): the mail
 * relay and the stand-in for the platforms' send APIs and the agencies' webhooks, so everything
 * the system sends lands on this machine and shows on the console's Sent page.
 */
const log = createLogger('start', process.env.LOG_LEVEL ?? 'info', true);

async function main(): Promise<void> {
  const useLocalBroker = !process.env.KAFKA_BROKERS;
  developmentUnlessSet();
  const env = loadConfig(CommonEnv);
  await checkPostgres(env.DATABASE_URL);
  await checkRedis(env.REDIS_URL);

  const sinks = inProduction(env) ? null : developmentSinks();
  await sinks?.start();

  let startedBroker = false;
  if (useLocalBroker && !(await localBrokerAnswers())) {
    await startLocalBroker(log);
    startedBroker = true;
  }

  const processes: AppProcess[] = [];
  const supervisor = new AppSupervisor(processes, (line) => process.stderr.write(`${line}\n`));
  let stopping = false;
  let running = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping every app (each finishes the message in hand)...\n`);
    await supervisor.stop();
    await sinks?.close();
    if (startedBroker) await stopLocalBroker().catch((e) => process.stderr.write(`broker stop failed: ${e}\n`));
    process.stderr.write('stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await migrate(env.DATABASE_URL, log);
  await ensureTextModel(env.DATABASE_URL, log);
  if (!inProduction(env)) await seedDevelopmentUsers(env.DATABASE_URL, env.NODE_ENV);
  const agenciesAtTheSinks = sinks ? await pointAgenciesAtTheSinks(env.DATABASE_URL, sinks) : [];
  const connection = KafkaConnection.fromEnv('start', env, log);
  await createTopics(connection, process.env.KAFKA_TOPIC_PARTITIONS, log, topicRetention(env.KAFKA_DEAD_LETTER_RETENTION_DAYS));

  // Outside production the adapters get development webhook secrets when none are set (npm run demo signs with them).
  const secrets = inProduction(env) ? {} : webhookSecrets(process.env);
  // Outside production the apps send to the local sinks, except where the user named a relay or platform of their own.
  const sinkEnv = sinks ? sinkEnvUnlessSet(sinks.env()) : {};
  const childEnv = {
    ...process.env,
    ...secrets,
    ...sinkEnv,
    NODE_ENV: env.NODE_ENV,
    KAFKA_BROKERS: env.KAFKA_BROKERS,
    ...developmentIssuerEnv(env),
  };
  const logDir = path.join(repoRoot(), '.run/logs');
  for (const app of apps) {
    const p = new AppProcess(app.name, childEnv, path.join(logDir, `${app.name}.log`), (line) =>
      process.stderr.write(`[${app.name}] ${line}\n`),
    );
    processes.push(p);
    p.start();
    // An app that cannot start is not restarted: its problem (most often its configuration) needs fixing first.
    void p.whenExited().then((code) => {
      if (!stopping && !running) {
        process.stderr.write(`${app.name} exited during start with code ${code}; stopping the rest\n`);
        void shutdown('app exit');
      }
    });
  }
  await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
  running = true;
  supervisor.supervise();

  const rows = apps.map((a, i) => `  ${a.name.padEnd(17)} http://127.0.0.1:${processes[i].port}  ${describeApp(a)}`);
  process.stdout.write(
    [
      '',
      'inquiry-router is running:',
      ...rows,
      `  ${'kafka'.padEnd(17)} ${env.KAFKA_BROKERS}${startedBroker ? ' (local broker started by npm start)' : ''}`,
      `  ${'postgres'.padEnd(17)} ${new URL(env.DATABASE_URL).host}${new URL(env.DATABASE_URL).pathname}`,
      `  ${'redis'.padEnd(17)} ${new URL(env.REDIS_URL).host}`,
      ...(sinks ? sinkRows(sinks, sinkEnv, agenciesAtTheSinks) : []),
      '',
      `Development users: adviser/adviser, supervisor/supervisor, operator/operator, editor/editor, skd/skd, nav/nav (tokens: POST /api/auth/login on workdesk). Logs: ${path.relative(process.cwd(), logDir)}/. An app that exits is restarted. Ctrl-C stops everything.`,
      '',
    ].join('\n'),
  );
}

/** Where the sinks listen, and what goes there (a relay or platform the user named is used instead). */
function sinkRows(sinks: OutsideWorld, given: Partial<SinkEnv>, agencies: string[]): string[] {
  const platforms = [given.META_GRAPH_URL && "Meta's", given.X_API_URL && "X's"].filter(Boolean).join(' and ');
  const webhooks = agencies.length > 0 ? `the webhooks of ${agencies.join(', ')}` : "any agency's webhook set to it";
  return [
    `  ${'mail sink'.padEnd(17)} ${sinks.relayUrl}  ${given.SMTP_RELAY_URL ? 'the outbound relay: every mail the system sends' : 'not used: SMTP_RELAY_URL is set'}`,
    `  ${'send stand-in'.padEnd(17)} ${sinks.baseUrl}  ${platforms ? `${platforms} send API, ` : ''}${webhooks}`,
    `  ${'sent'.padEnd(17)} ${sinks.baseUrl}/sent  what the sinks received; in the console: http://127.0.0.1:${portOf('workdesk')}/development/sent`,
  ];
}

/**
 * Outside production, and unless OIDC_ISSUER names a real provider, every app verifies the tokens
 * of the workdesk's development issuer, whose key is kept in .run/ so tokens survive a restart.
 */
function developmentIssuerEnv(env: CommonEnv): NodeJS.ProcessEnv {
  if (inProduction(env) || process.env.OIDC_ISSUER) return {};
  return {
    OIDC_ISSUER: `http://127.0.0.1:${portOf('workdesk')}`,
    OIDC_AUDIENCE: process.env.OIDC_AUDIENCE ?? developmentAudience,
    DEV_ISSUER_KEY_FILE: process.env.DEV_ISSUER_KEY_FILE ?? path.join(repoRoot(), '.run/dev-issuer-key.json'),
  };
}

main().catch((error) => {
  if (error instanceof InfrastructureUnavailable || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof SinkPortTaken) {
    process.stderr.write(
      `${error.message} (another npm start still running?); choose other ports with SINKS_SMTP_PORT and SINKS_HTTP_PORT\n`,
    );
  } else {
    process.stderr.write(`start failed: ${(error as Error).stack ?? error}\n`);
  }
  process.exit(1);
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePortRun, isPortFree, repoRoot } from '@inquiry-router/local-system';

const run = promisify(execFile);

export interface PrivateBrokerOptions {
  /** A user the broker knows, for its SASL SCRAM listener (SCRAM-SHA-256 and -512) on `saslAddress`. */
  scramUser?: { username: string; password: string };
}

/**
 * A Kafka broker of one test's own: deploy/kafka/broker.sh on free ports with a temporary data
 * folder, so the test can stop, kill or reconfigure it while the shared broker other tests use
 * keeps running. `remove()` stops it and deletes its data, also when the test failed; a broker
 * left running when the test process ends is killed, and stopped also when that process is killed.
 */
export class PrivateBroker {
  private readonly data = mkdtempSync(path.join(tmpdir(), 'ir-private-broker-'));
  private port = 0;
  private readonly killOnExit = () => this.kill();
  private watchingExit = false;

  constructor(private readonly options: PrivateBrokerOptions = {}) {}

  /** The plain-text listener. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The SASL_PLAINTEXT listener (with `scramUser`). */
  get saslAddress(): string {
    return `127.0.0.1:${this.port + 2}`;
  }

  /** Starts the broker (formatting its storage the first time) and waits until it answers. */
  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePortRun(3);
    if (!this.watchingExit) process.once('exit', this.killOnExit);
    this.watchingExit = true;
    await run('bash', [path.join(repoRoot(), 'deploy/kafka/broker.sh'), 'start'], { env: this.env(), timeout: 180_000 });
  }

  /** Stops the broker as an operator would (SIGTERM, then SIGKILL if it takes long). */
  async stop(): Promise<void> {
    await run('bash', [path.join(repoRoot(), 'deploy/kafka/broker.sh'), 'stop'], { env: this.env(), timeout: 60_000 });
  }

  /** Ends the broker at once (SIGKILL), as a crash or an out-of-memory kill would; `start()` brings it back. */
  kill(): void {
    const pidFile = path.join(this.data, 'broker.pid');
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
    } catch {
      // not running
    }
    // A pid kept after the process ended could be another process's later.
    rmSync(pidFile, { force: true });
  }

  /**
   * As `kill()`, and resolves once the port is free: a broker killed a moment ago may still answer
   * there, and `start()` would take it for one already running. (Its listener closes as the
   * process dies, whether or not anyone has reaped it yet.)
   */
  async crash(): Promise<void> {
    this.kill();
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !(await isPortFree(this.port));)
      await new Promise((r) => setTimeout(r, 50));
  }

  /** Stops the broker, whatever state it is in, and deletes its data. */
  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    this.kill();
    process.off('exit', this.killOnExit);
    this.watchingExit = false;
    rmSync(this.data, { recursive: true, force: true });
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KAFKA_LOCAL_PORT: String(this.port),
      KAFKA_LOCAL_DATA: this.data,
      // A test process killed outright runs no exit hook; the broker script stops the broker then.
      KAFKA_LOCAL_OWNER_PID: String(process.pid),
    };
    const user = this.options.scramUser;
    if (user) {
      const config = path.join(this.data, 'sasl.properties');
      const jaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';
      writeFileSync(
        config,
        [
          `listeners=PLAINTEXT://${this.address},CONTROLLER://127.0.0.1:${this.port + 1},SASL_PLAINTEXT://${this.saslAddress}`,
          `advertised.listeners=PLAINTEXT://${this.address},SASL_PLAINTEXT://${this.saslAddress}`,
          'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
          'sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512',
          `listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=${jaas}`,
          `listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=${jaas}`,
          '',
        ].join('\n'),
      );
      env.KAFKA_LOCAL_EXTRA_CONFIG = config;
      env.KAFKA_LOCAL_FORMAT_ARGS = ['256', '512']
        .map((bits) => `--add-scram SCRAM-SHA-${bits}=[name=${user.username},password=${user.password}]`)
        .join(' ');
    }
    return env;
  }
}

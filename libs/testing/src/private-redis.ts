import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import Redis from 'ioredis';
import { freePort } from '@inquiry-router/local-system';
import { stopWhenOwnerEnds } from './owner-watch';

/**
 * A Redis of one test's own (`redis-server` on a free port, nothing kept on disk), so the test can
 * stop it and start it again, as a restart loses everything, while the shared Redis other tests
 * use keeps running. One left running when the test process ends is killed, and stopped also when
 * that process is killed outright.
 */
export class PrivateRedis {
  private port = 0;
  private server: ChildProcess | null = null;
  private readonly killOnExit = () => this.server?.kill('SIGKILL');

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** Starts the server (on the same port as before, after a stop) and waits until it answers. */
  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    if (!this.server) process.once('exit', this.killOnExit);
    const server = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.server = server;
    stopWhenOwnerEnds(`kill -0 ${server.pid} 2>/dev/null`, `kill -TERM ${server.pid}`);
    for (const deadline = Date.now() + 10_000; !(await this.answers());) {
      if (server.exitCode !== null) throw new Error(`redis-server on port ${this.port} exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not answer within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async answers(): Promise<boolean> {
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  }

  /** Stops the server as an operator would (SIGTERM); with nothing saved, its data is gone. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }

  /** Stops the server, whatever state it is in. */
  async remove(): Promise<void> {
    await this.stop();
    process.off('exit', this.killOnExit);
    this.server = null;
  }
}

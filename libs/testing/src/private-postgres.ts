import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@inquiry-router/local-system';
import { stopWhenOwnerEnds } from './owner-watch';

const run = promisify(execFile);

/** The newest installed PostgreSQL's programs (initdb, pg_ctl), as Debian lays them out. */
function postgresBin(): string {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL under /usr/lib/postgresql (initdb and pg_ctl are needed)');
  return path.join('/usr/lib/postgresql', versions[0], 'bin');
}

/**
 * A Postgres server of one test's own (initdb and pg_ctl on a free port, a temporary data folder,
 * no fsync), so the test can restart or stop it while the shared Postgres keeps running. Postgres
 * refuses to run as root: as root, its programs run as the `postgres` user. Trust authentication
 * on loopback, user `postgres`. `remove()` stops it and deletes its data; one left running when
 * the test process ends is stopped at once, also when that process is killed outright.
 */
export class PrivatePostgres {
  private readonly data = mkdtempSync(path.join(tmpdir(), 'ir-private-postgres-'));
  private port = 0;
  private initialised = false;
  private readonly stopOnExit = () => this.stopNow();

  /** A database on this server (created by `migrate`, as on the shared one). */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (creating its cluster the first time) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    if (!this.initialised) {
      if (process.getuid?.() === 0) chownSync(this.data, ...this.postgresIds());
      await this.pg('initdb', ['-D', this.cluster, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
      this.initialised = true;
      process.once('exit', this.stopOnExit);
    }
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    await this.pg('pg_ctl', ['-D', this.cluster, '-l', path.join(this.data, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
    // As stopNow(), for a test process killed outright, which runs no exit hook.
    const pidFile = path.join(this.cluster, 'postmaster.pid');
    stopWhenOwnerEnds(`[ -f '${pidFile}' ]`, `kill -QUIT "$(head -1 '${pidFile}')"`);
  }

  /** Stops the server as an operator would (fast shutdown: open connections are ended). */
  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.cluster, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  /** Stops the server whatever state it is in, and deletes its data. */
  async remove(): Promise<void> {
    if (this.initialised) await this.stop().catch(() => undefined);
    process.off('exit', this.stopOnExit);
    rmSync(this.data, { recursive: true, force: true });
  }

  private get cluster(): string {
    return path.join(this.data, 'cluster');
  }

  private stopNow(): void {
    // The process is exiting: no time for a clean shutdown, only the signal pg_ctl's immediate mode sends.
    try {
      const pid = Number(readFileSync(path.join(this.cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGQUIT');
    } catch {
      // not running
    }
  }

  private postgresIds(): [number, number] {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('postgres:'));
    if (!line) throw new Error('running as root, but there is no postgres user to run PostgreSQL as');
    const [, , uid, gid] = line.split(':');
    return [Number(uid), Number(gid)];
  }

  private async pg(program: string, args: string[]): Promise<void> {
    const binary = path.join(postgresBin(), program);
    if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', binary, ...args], { timeout: 120_000 });
    else await run(binary, args, { timeout: 120_000 });
  }
}

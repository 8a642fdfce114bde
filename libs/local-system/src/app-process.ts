import { ChildProcess, ChildProcessByStdio, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import { AppName, portOf } from './app-catalog';
import { repoRoot } from './repo-root';

// Children are never left behind: whatever is still running when this process exits is killed (and
// one that outlives a kill of this process stops by itself: see start()).
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export function entryOf(name: AppName): string {
  return path.join(repoRoot(), 'dist/apps', name, 'src/main.js');
}

/**
 * One app as a child process: its JSON log goes to `logFile`, warnings and errors are also
 * passed to `onProblem`. Used by `npm start` and by integration tests, which need real
 * processes (a test kills the router with SIGKILL).
 */
/** A process's peak resident set in bytes so far (Linux: VmHWM); undefined without /proc or once it has exited. */
export function peakResidentBytesOf(pid: number): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

export class AppProcess {
  child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  private peakResident: number | undefined;

  constructor(
    readonly name: AppName,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    private readonly onProblem: (line: string) => void = () => undefined,
    /** The script to run; the app's build by default (a test of process handling runs a tiny script). */
    private readonly entry = entryOf(name),
  ) {}

  get port(): number {
    return portOf(this.name, this.env);
  }

  start(): void {
    fs.mkdirSync(path.dirname(this.logFile), { recursive: true });
    const log = fs.createWriteStream(this.logFile, { flags: 'a' });
    // APP_NODE_ARGS passes node flags to every app (e.g. --inspect, --prof) when investigating.
    const nodeArgs = (this.env.APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
    // The IPC channel is how the app knows this process is gone, even killed outright with no
    // chance to stop it: the channel closes and the app stops (libs/runtime, startApp). It does not
    // keep this process alive, which ends as it would without it.
    const child = spawn(process.execPath, [...nodeArgs, this.entry], { env: this.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    child.channel?.unref();
    this.child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    // Pipes, as spawned (the types know a 4-entry stdio less well than a 3-entry one).
    const { stdout, stderr } = child as ChildProcessByStdio<null, Readable, Readable>;
    for (const stream of [stdout, stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        log.write(`${line}\n`);
        if (/"level":"(warn|error|fatal)"/.test(line) || !line.startsWith('{')) this.onProblem(line);
      });
    }
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        log.end();
        resolve(code);
      }),
    );
  }

  /** Resolves when /health/ready answers 200; rejects if the process exits or time runs out. */
  async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    let last = '';
    while (Date.now() < deadline) {
      if (exited) throw new Error(`${this.name} exited during start (see ${this.logFile})`);
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/health/ready`, { signal: AbortSignal.timeout(3000) });
        if (res.ok) return;
        last = await res.text();
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms: ${last}`);
  }

  /**
   * The highest resident set, in bytes, of the app's processes so far: read now while one runs, and
   * kept from the last reading (taken just before stop or kill) once it has ended. The child is node
   * itself, spawned without a shell, so this is the app's own memory. Undefined where /proc is not.
   */
  peakResidentBytes(): number | undefined {
    const child = this.child;
    const now =
      child?.pid !== undefined && child.exitCode === null && child.signalCode === null ? peakResidentBytesOf(child.pid) : undefined;
    if (now !== undefined) this.peakResident = Math.max(now, this.peakResident ?? 0);
    return this.peakResident;
  }

  /** SIGTERM, and SIGKILL if it has not finished its message in hand within `graceMs`. */
  async stop(graceMs = 15_000): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    this.peakResidentBytes();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  kill(): Promise<number | null> {
    this.peakResidentBytes();
    this.child?.kill('SIGKILL');
    return this.exited;
  }

  whenExited(): Promise<number | null> {
    return this.exited;
  }
}

import type { AppProcess } from '@inquiry-router/local-system';

/** What supervising needs of an app's process. */
export type SupervisedApp = Pick<AppProcess, 'name' | 'start' | 'stop' | 'whenExited'>;

export interface RestartBackoff {
  /** Delay before the first restart; it doubles with each restart that soon exits again... */
  firstMs: number;
  /** ...up to this. */
  longestMs: number;
  /** An app that ran at least this long before it exited is restarted after `firstMs` again. */
  resetAfterMs: number;
}

export const defaultRestartBackoff: RestartBackoff = { firstMs: 1000, longestMs: 60_000, resetAfterMs: 120_000 };

const formatDelay = (ms: number) => (ms < 1000 ? `${ms} ms` : `${ms / 1000} s`);

/**
 * Keeps `npm start`'s apps running: an app that exits (a crash, an out-of-memory kill) is started
 * again after a delay that doubles while it keeps exiting, and `say` tells the developer so. The
 * other apps run on, as they would in a cluster. `stop()` ends the supervision and stops every app.
 */
export class AppSupervisor {
  private stopping = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly processes: SupervisedApp[],
    private readonly say: (line: string) => void,
    private readonly backoff: RestartBackoff = defaultRestartBackoff,
  ) {}

  /** Restarts each (already started) app whenever it exits, until `stop()`. */
  supervise(): void {
    for (const app of this.processes) void this.keepRunning(app);
  }

  /** Stops every app (each finishes the message in hand), restarting none of them. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.sleepers) wake();
    await Promise.all(this.processes.map((p) => p.stop()));
  }

  private async keepRunning(app: SupervisedApp): Promise<void> {
    let delayMs = this.backoff.firstMs;
    let startedAt = Date.now();
    for (;;) {
      const code = await app.whenExited();
      if (this.stopping) return;
      if (Date.now() - startedAt >= this.backoff.resetAfterMs) delayMs = this.backoff.firstMs;
      this.say(`${app.name} exited (${code === null ? 'killed by a signal' : `code ${code}`}); restarting it in ${formatDelay(delayMs)}`);
      await this.sleep(delayMs);
      if (this.stopping) return;
      app.start();
      startedAt = Date.now();
      delayMs = Math.min(delayMs * 2, this.backoff.longestMs);
    }
  }

  /** Waits `ms`, or less when the supervision stops. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}

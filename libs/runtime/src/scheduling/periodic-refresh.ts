import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

export interface PeriodicRefreshJob {
  /** Unique in the app: the job's name in the scheduler. */
  name: string;
  /** Seconds between two refreshes. */
  everySeconds: number;
  refresh: () => Promise<void>;
  /** Why the value in use is kept, e.g. "keeping policy 2026-11-24.1". */
  keeping: () => string;
}

/**
 * Something read at start and read again on a schedule, so a change made elsewhere (a published
 * policy, a trained model) takes effect without a restart. A refresh that fails keeps what was read
 * last (logged); one still running when the next is due is not overlapped.
 */
export class PeriodicRefresh {
  private readonly log: Logger;
  private running = false;

  constructor(
    private readonly scheduler: SchedulerRegistry,
    private readonly job: PeriodicRefreshJob,
  ) {
    this.log = new Logger(job.name);
  }

  /** Refreshes once now (a failure stops the caller, e.g. the app's start), then on the schedule. */
  async start(): Promise<void> {
    await this.job.refresh();
    const timer = setInterval(() => void this.refreshInTurn(), this.job.everySeconds * 1000);
    // A refresh must never keep a process (a CLI, a test) alive.
    timer.unref();
    this.scheduler.addInterval(this.job.name, timer);
  }

  stop(): void {
    if (this.scheduler.doesExist('interval', this.job.name)) this.scheduler.deleteInterval(this.job.name);
  }

  private async refreshInTurn(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.job.refresh();
    } catch (error) {
      this.log.warn(`refresh failed, ${this.job.keeping()}: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}

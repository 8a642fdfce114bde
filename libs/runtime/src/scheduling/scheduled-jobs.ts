import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { NonOverlappingJob } from './non-overlapping-job';

/**
 * An app's periodic jobs, on the Nest scheduler (`SchedulerRegistry`) with intervals from
 * configuration. Each job never overlaps itself, a failing run is logged (the reason only, masked
 * like every log line) and the next run still happens. Jobs stop in `onModuleDestroy` and the run
 * in hand finishes there: every connection closes later, in `onApplicationShutdown`.
 *
 * The job's logic stays in its use case; the module that provides it says how often (`periodicJob`):
 * `periodicJob(ReservationSweeper, { name: 'reservation-sweep', everyMs: env.WORK_SWEEP_INTERVAL_MS }, (s) => s.sweep())`
 */
@Injectable()
export class ScheduledJobs implements OnModuleDestroy {
  private readonly log = new Logger(ScheduledJobs.name);
  private readonly jobs = new Map<string, NonOverlappingJob>();

  constructor(private readonly registry: SchedulerRegistry) {}

  /**
   * Runs `run` every `intervalMs` (first after one interval); `name` is unique in the app and names
   * the job in logs. `whileFailing` says, when a run failed, what happens now (e.g. "keeping policy 3").
   */
  every(
    name: string,
    intervalMs: number,
    run: () => Promise<unknown>,
    whileFailing = (): string => `trying again in ${intervalMs / 1000} s`,
  ): void {
    const job = new NonOverlappingJob(run, (error) =>
      this.log.warn({ job: name, reason: error instanceof Error ? error.message : String(error) }, `${name} failed; ${whileFailing()}`),
    );
    const timer = setInterval(() => void job.tick(), intervalMs);
    // A pending tick never keeps the process alive; shutdown stops the job explicitly.
    timer.unref();
    this.registry.addInterval(name, timer);
    this.jobs.set(name, job);
  }

  /**
   * Something read now and again every `intervalMs`, so a change made elsewhere (a published
   * policy, a trained model) takes effect without a restart. The first read must succeed (it
   * fails the caller's start); a later failed one keeps what was read last, as `keeping` says.
   */
  async refreshEvery(name: string, intervalMs: number, refresh: () => Promise<void>, keeping: () => string): Promise<void> {
    await refresh();
    this.every(name, intervalMs, refresh, keeping);
  }

  /** Stops every job and waits for the runs in hand. */
  async onModuleDestroy(): Promise<void> {
    for (const name of this.jobs.keys()) if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    await Promise.all([...this.jobs.values()].map((job) => job.idle()));
    this.jobs.clear();
  }
}

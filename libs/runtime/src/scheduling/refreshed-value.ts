import { OnModuleInit } from '@nestjs/common';
import { ScheduledJobs } from './scheduled-jobs';

/**
 * A value read from its store at start and again on a schedule, so that what is published
 * elsewhere (a routing policy version, a trained text model) takes effect without a restart.
 * Readers get the value in hand at once and never wait on the store. The first read must succeed
 * (it fails the app's start); a later failed read keeps the value in hand.
 */
export abstract class RefreshedValue<T> implements OnModuleInit {
  protected value: T | undefined;

  protected constructor(
    private readonly jobs: ScheduledJobs,
    private readonly schedule: { name: string; intervalMs: number },
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.refreshEvery(
      this.schedule.name,
      this.schedule.intervalMs,
      () => this.refresh(),
      () => `keeping ${this.describe(this.value)}`,
    );
  }

  /** Reads the value now (e.g. after publishing a new one, so this instance does not wait for the schedule). */
  async refresh(): Promise<void> {
    this.value = await this.read(this.value);
  }

  /** The value in the store now; `current` itself when it has not changed. */
  protected abstract read(current: T | undefined): Promise<T>;

  /** The value as named in a log line ("routing policy 2026-11-24.1"). */
  protected abstract describe(value: T | undefined): string;
}

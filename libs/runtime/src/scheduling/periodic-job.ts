import { OnApplicationBootstrap, Provider, Type } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { ScheduledJobs } from './scheduled-jobs';

/** How often a periodic job runs; `name` is unique in the app and names it in logs. */
export interface Schedule {
  name: string;
  everyMs: number;
  /** Run once when the app starts (and fail the start if that run fails), then at the interval. */
  atStart?: boolean;
}

/**
 * Declares, in the module that provides `useCase`, that `run` is called on a schedule: the use
 * case keeps only its logic, and the module — where the configuration is known — says how often.
 * Each run is given the time it runs at, from the app's `Clock`.
 * `providers: [CheckServiceLevels, periodicJob(CheckServiceLevels, { name: 'service-level-check', everyMs }, (c, now) => c.execute(now))]`
 */
export function periodicJob<T>(useCase: Type<T>, schedule: Schedule, run: (useCase: T, now: Date) => Promise<unknown>): Provider {
  return {
    provide: Symbol(`periodic job ${schedule.name}`),
    inject: [ScheduledJobs, Clock, useCase],
    useFactory: (jobs: ScheduledJobs, clock: Clock, instance: T): OnApplicationBootstrap => ({
      async onApplicationBootstrap() {
        if (schedule.atStart) await run(instance, clock.now());
        jobs.every(schedule.name, schedule.everyMs, () => run(instance, clock.now()));
      },
    }),
  };
}

import { OnApplicationBootstrap, Provider, Type } from '@nestjs/common';
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
 * `providers: [CheckServiceLevels, periodicJob(CheckServiceLevels, { name: 'service-level-check', everyMs }, (c) => c.execute())]`
 */
export function periodicJob<T>(useCase: Type<T>, schedule: Schedule, run: (useCase: T) => Promise<unknown>): Provider {
  return {
    provide: Symbol(`periodic job ${schedule.name}`),
    inject: [ScheduledJobs, useCase],
    useFactory: (jobs: ScheduledJobs, instance: T): OnApplicationBootstrap => ({
      async onApplicationBootstrap() {
        if (schedule.atStart) await run(instance);
        jobs.every(schedule.name, schedule.everyMs, () => run(instance));
      },
    }),
  };
}

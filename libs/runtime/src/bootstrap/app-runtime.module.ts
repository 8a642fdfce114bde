import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule, ReadinessCheckToken } from '../health/health.module';
import { loggerModule } from '../logging/logger';
import { ScheduledJobsModule } from '../scheduling/scheduled-jobs.module';

export interface AppRuntimeOptions {
  /** The app's name in every log line. */
  name: string;
  logLevel: string;
  /** Provider tokens of the ReadinessChecks behind `/health/ready`. */
  readiness: ReadinessCheckToken[];
}

/**
 * What every app has the same way: JSON logs with personal data masked, `/health` and `/metrics`,
 * and the scheduler with `ScheduledJobs` (global) for its periodic jobs. Kafka, Postgres and Redis
 * come from their own libraries' modules.
 */
@Module({})
export class AppRuntimeModule {
  static forApp(options: AppRuntimeOptions): DynamicModule {
    return {
      module: AppRuntimeModule,
      global: true,
      imports: [loggerModule(options.name, options.logLevel), ScheduledJobsModule, HealthModule.forChecks(options.readiness)],
    };
  }
}

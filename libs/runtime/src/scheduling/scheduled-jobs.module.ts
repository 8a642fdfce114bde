import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ScheduledJobs } from './scheduled-jobs';

/** The Nest scheduler and `ScheduledJobs`, once per app (AppRuntimeModule imports it; a test module may alone). */
@Global()
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [ScheduledJobs],
  exports: [ScheduledJobs],
})
export class ScheduledJobsModule {}

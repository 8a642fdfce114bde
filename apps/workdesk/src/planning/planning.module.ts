import { Module } from '@nestjs/common';
import { bindPort, FilingDeadlineRepository } from '@inquiry-router/persistence';
import { FilingDeadlineStore } from './planning.ports';
import { FilingDeadlinesController } from './filing-deadlines.controller';
import { ReadFilingDeadlines } from './read-filing-deadlines.use-case';
import { CreateFilingDeadline } from './create-filing-deadline.use-case';
import { ChangeFilingDeadline } from './change-filing-deadline.use-case';

/**
 * Workforce planning: the filing-deadline calendar staffing is planned around. Postgres, the
 * clock, the routing policy in force and access come from the app's global modules; its ports are
 * bound here.
 */
@Module({
  controllers: [FilingDeadlinesController],
  providers: [bindPort(FilingDeadlineStore, FilingDeadlineRepository), ReadFilingDeadlines, CreateFilingDeadline, ChangeFilingDeadline],
})
export class PlanningModule {}

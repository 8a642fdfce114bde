import { Module } from '@nestjs/common';
import {
  AdviserCompetenceRepository,
  bindPort,
  ContactHistoryReader,
  DeadlineOccurrenceReader,
  FilingDeadlineRepository,
  OpeningCalendarRepository,
  PlanningRepository,
} from '@inquiry-router/persistence';
import { OpeningExceptions, ServiceLevelTargets } from '../workdesk.ports';
import { OrderOpeningException } from '../opening-hours/order-opening-exception.use-case';
import { ContactHistory, FilingDeadlineStore, ForecastDeadlines, PlanningStore, RosterCompetences } from './planning.ports';
import { FilingDeadlinesController } from './filing-deadlines.controller';
import { ReadFilingDeadlines } from './read-filing-deadlines.use-case';
import { CreateFilingDeadline } from './create-filing-deadline.use-case';
import { ChangeFilingDeadline } from './change-filing-deadline.use-case';
import { PlanningController } from './planning.controller';
import { PlanSpan } from './plan-span.use-case';
import { ReadPlanning } from './read-planning.use-case';
import { KeepRoster } from './keep-roster.use-case';
import { DecideProposal } from './decide-proposal.use-case';
import { KeepPlanningSettings } from './planning-settings.use-case';

/**
 * Workforce planning: the filing-deadline calendar, the forecast and staffing built on the contact
 * history, the roster (trainees weighed by their competences), and extended-hours proposals (accepted through the opening-hours use case).
 * Postgres, the clock, the routing policy in force and access come from the app's global modules;
 * its ports are bound here.
 */
@Module({
  controllers: [FilingDeadlinesController, PlanningController],
  providers: [
    bindPort(FilingDeadlineStore, FilingDeadlineRepository),
    bindPort(ContactHistory, ContactHistoryReader),
    bindPort(ForecastDeadlines, DeadlineOccurrenceReader),
    bindPort(PlanningStore, PlanningRepository),
    bindPort(RosterCompetences, AdviserCompetenceRepository),
    bindPort(OpeningExceptions, OpeningCalendarRepository),
    bindPort(ServiceLevelTargets, OpeningCalendarRepository),
    OrderOpeningException,
    ReadFilingDeadlines,
    CreateFilingDeadline,
    ChangeFilingDeadline,
    PlanSpan,
    ReadPlanning,
    KeepRoster,
    DecideProposal,
    KeepPlanningSettings,
  ],
})
export class PlanningModule {}

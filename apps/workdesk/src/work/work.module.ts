import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { WorkPolicyModule } from '@inquiry-router/live-queues';
import {
  AdviserRepository,
  bindPort,
  ClaimSessionRepository,
  InquiryActionsRepository,
  InquiryRepository,
  LiveOverviewRepository,
  onDataSource,
  WaitingInquiriesReader,
  WorkPolicyRepository,
} from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkController } from './work.controller';
import { ClaimWork } from './claim-work.use-case';
import { AcceptInquiry } from './accept-inquiry.use-case';
import { ReleaseReservations } from './release-reservations.use-case';
import { ReservationSweeper } from './reservation-sweeper';
import { TakeSilentAdvisersOffline } from './take-silent-advisers-offline.use-case';
import { OverflowCheck } from './overflow-check';
import { AdviserRoster, InquiryRecords } from '../workdesk.ports';
import { ClaimSessions, HeldWork, WaitingWork, WorkActions } from './work.ports';
import { Requeue } from './requeue';
import { WorkPolicyController } from './work-policy.controller';
import { ActOnHeldInquiry } from './act-on-held-inquiry';
import { AdvisersController } from '../advisers/advisers.controller';
import { InquiryActionsController } from '../inquiries/inquiry-actions.controller';
import { AnswerInquiry } from '../inquiries/answer-inquiry.use-case';
import { EscalateInquiry } from '../inquiries/escalate-inquiry.use-case';
import { ForwardInquiry } from '../inquiries/forward-inquiry.use-case';
import { SendToServicedesk } from '../inquiries/send-to-servicedesk.use-case';
import { PutBackInquiry } from '../inquiries/put-back-inquiry.use-case';
import { TrainingModule } from '../training/training.module';
import { AnswerTemplatesModule } from '../answer-templates/answer-templates.module';

/** Distributing work: advisers, claims and reservations, the actions on an accepted inquiry, overflow, work events. */
@Module({})
export class WorkModule {
  static register(env: WorkdeskEnv): DynamicModule {
    return {
      module: WorkModule,
      imports: [
        TrainingModule,
        WorkPolicyModule.forApp({ store: onDataSource(WorkPolicyRepository), overrides: env.WORK_POLICY_OVERRIDES }),
        WorkPolicyModule.forApp({ store: onDataSource(WorkPolicyRepository), overrides: env.WORK_POLICY_OVERRIDES }),
        // The answer action checks the saved answer it is made from.
        AnswerTemplatesModule,
      ],
      controllers: [WorkController, WorkPolicyController, AdvisersController, InquiryActionsController],
      providers: [
        bindPort(WorkActions, InquiryActionsRepository),
        bindPort(ClaimSessions, ClaimSessionRepository),
        bindPort(WaitingWork, WaitingInquiriesReader),
        bindPort(HeldWork, LiveOverviewRepository),
        bindPort(InquiryRecords, InquiryRepository),
        bindPort(AdviserRoster, AdviserRepository),
        Requeue,
        ClaimWork,
        AcceptInquiry,
        ReleaseReservations,
        TakeSilentAdvisersOffline,
        ReservationSweeper,
        OverflowCheck,
        periodicJob(ReservationSweeper, { name: 'reservation-sweep', everyMs: env.WORK_SWEEP_INTERVAL_MS }, (s) => s.sweep()),
        periodicJob(OverflowCheck, { name: 'overflow-check', everyMs: env.OVERFLOW_CHECK_SECONDS * 1000 }, (o) => o.check()),
        ActOnHeldInquiry,
        AnswerInquiry,
        EscalateInquiry,
        ForwardInquiry,
        SendToServicedesk,
        PutBackInquiry,
      ],
      exports: [ClaimWork],
    };
  }
}

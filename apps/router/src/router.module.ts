import { DynamicModule, Module } from '@nestjs/common';
import { appRootModule, periodicJob } from '@inquiry-router/runtime';
import { kafkaService } from '@inquiry-router/messaging';
import {
  AdviserRepository,
  bindPort,
  IncidentLinkRepository,
  InquiryHistoryRepository,
  InquirerRecognitionRepository,
  InquiryRepository,
  onDataSource,
  postgresService,
  ServiceLevelWatchRepository,
  SurveyRepository,
  WaitingInquiriesReader,
  WorkPolicyRepository,
} from '@inquiry-router/persistence';
import { redisService, WorkPolicyModule } from '@inquiry-router/live-queues';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { IncidentsInForceModule } from '@inquiry-router/incidents-in-force';
import { RouterEnv } from './router.env';
import {
  AdviserAvailability,
  IncidentLinks,
  EarlierContacts,
  RoutedInquiryStore,
  RoutingHistory,
  ServiceLevelWatch,
  WaitingWork,
  SurveyReplies,
} from './router.ports';
import { DivertBeforeQueueing } from './divert-before-queueing';
import { PlanRoutes } from './plan-routes';
import { CarryOutRouting } from './carry-out-routing';
import { MatchIncidents } from './match-incidents';
import { LinkIncidents } from './link-incidents';
import { InquirerKeys } from './inquirer-keys';
import { SendRepeatContactsToSecondLine } from './send-repeat-contacts-to-second-line';
import { RecogniseSenders } from './recognise-senders';
import { RouteInquiries } from './route-inquiries.use-case';
import { InquiryClassifiedHandler } from './inquiry-classified.handler';
import { RebuildLiveQueues } from './rebuild-live-queues.use-case';
import { ReconcileLiveQueues } from './reconcile-live-queues.use-case';
import { RerouteInquiries } from './reroute-inquiries.use-case';
import { InquiryReclassifiedHandler } from './inquiry-reclassified.handler';
import { CheckServiceLevels } from './check-service-levels.use-case';
import { TakeSurveyReplies } from './take-survey-replies';

@Module({})
export class RouterModule {
  static register(env: RouterEnv): DynamicModule {
    return appRootModule(RouterModule, 'router', env, {
      services: [kafkaService(), postgresService({ poolSize: 5, outbox: true }), redisService()],
      imports: [
        SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS }),
        RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS }),
        IncidentsInForceModule.forApp({ refreshSeconds: env.INCIDENTS_REFRESH_SECONDS }),
        WorkPolicyModule.forApp({ store: onDataSource(WorkPolicyRepository), overrides: env.WORK_POLICY_OVERRIDES }),
      ],
      controllers: [InquiryClassifiedHandler, InquiryReclassifiedHandler],
      providers: [
        bindPort(RoutedInquiryStore, InquiryRepository),
        bindPort(RoutingHistory, InquiryHistoryRepository),
        bindPort(WaitingWork, WaitingInquiriesReader),
        bindPort(AdviserAvailability, AdviserRepository),
        bindPort(ServiceLevelWatch, ServiceLevelWatchRepository),
        bindPort(IncidentLinks, IncidentLinkRepository),
        bindPort(EarlierContacts, InquirerRecognitionRepository),
        bindPort(SurveyReplies, SurveyRepository),
        TakeSurveyReplies,
        DivertBeforeQueueing,
        InquirerKeys,
        SendRepeatContactsToSecondLine,
        PlanRoutes,
        MatchIncidents,
        LinkIncidents,
        RecogniseSenders,
        CarryOutRouting,
        RouteInquiries,
        RebuildLiveQueues,
        ReconcileLiveQueues,
        RerouteInquiries,
        CheckServiceLevels,
        periodicJob(
          RebuildLiveQueues,
          { name: 'live-queues-rebuild-check', everyMs: env.QUEUE_REBUILD_CHECK_SECONDS * 1000, atStart: true },
          (r) => r.rebuildIfLost(),
        ),
        ...(env.QUEUE_RECONCILE_SECONDS > 0
          ? [
              periodicJob(ReconcileLiveQueues, { name: 'live-queues-reconcile', everyMs: env.QUEUE_RECONCILE_SECONDS * 1000 }, (r) =>
                r.reconcileInTurn(env.QUEUE_RECONCILE_SECONDS * 1000),
              ),
            ]
          : []),
        periodicJob(CheckServiceLevels, { name: 'service-level-check', everyMs: env.SLA_CHECK_SECONDS * 1000 }, (c, now) => c.execute(now)),
      ],
    });
  }
}

import path from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { appRootModule } from '@inquiry-router/runtime';
import { AccessModule } from '@inquiry-router/access';
import { kafkaService } from '@inquiry-router/messaging';
import {
  AdviserRepository,
  AgencyDeliveryRepository,
  bindPort,
  ClassificationExampleRepository,
  IncidentLinkRepository,
  InquiryRepository,
  InquirySearchReader,
  LiveOverviewRepository,
  OpeningCalendarRepository,
  postgresService,
} from '@inquiry-router/persistence';
import { redisService } from '@inquiry-router/live-queues';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { WorkdeskEnv } from './workdesk.env';
import {
  AdviserRoster,
  AgencyInbox,
  CorrectionExamples,
  IncidentCounts,
  InquiryRecords,
  LiveOverviewSource,
  OpeningExceptions,
  ServiceLevelTargets,
} from './workdesk.ports';
import { WorkModule } from './work/work.module';
import { OpeningHoursController } from './opening-hours/opening-hours.controller';
import { ReadOpeningHours } from './opening-hours/read-opening-hours.use-case';
import { OrderOpeningException } from './opening-hours/order-opening-exception.use-case';
import { CancelOpeningException } from './opening-hours/cancel-opening-exception.use-case';
import { SetServiceLevelTarget } from './opening-hours/set-service-level-target.use-case';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { InquiriesController } from './inquiries/inquiries.controller';
import { QueuesController } from './queues/queues.controller';
import { ReclassifyInquiryController } from './inquiries/reclassify-inquiry.controller';
import { ReclassifyInquiry } from './inquiries/reclassify-inquiry.use-case';
import { PublishReclassification } from './inquiries/publish-reclassification';
import { AgencyInquiriesController } from './agency/agency-inquiries.controller';
import { AgencyInquiries, ReturnInquiry } from './agency/return-inquiry.use-case';
import { AcknowledgeInquiry } from './agency/acknowledge-inquiry.use-case';
import { AnswerAsAgency } from './agency/answer-as-agency.use-case';
import { AgenciesModule } from './agencies/agencies.module';
import { PlanningModule } from './planning/planning.module';
import { NoticeSubscriptionsModule } from './notice-subscriptions/notice-subscriptions.module';
import { IncidentSuggestionsModule } from './incident-suggestions/incident-suggestions.module';
import { IncidentsModule } from './incidents/incidents.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { NoticesModule } from './notices/notices.module';
import { LiveController } from './live/live.controller';
import { LiveFeed } from './live/live-feed';
import { ReadLiveOverview } from './live/read-live-overview.use-case';
import { serveConsole } from './console/console-files';
import { proxyClassifierPolicy } from './console/classifier-policy.proxy';
import { PersonalDataReadsModule } from './personal-data-reads/personal-data-reads.module';
import { InquirersModule } from './inquirers/inquirers.module';
import { HelpInsightsModule } from './help-insights/help-insights.module';
import { AnswerTemplatesModule } from './answer-templates/answer-templates.module';
import { InquirySearchController } from './inquiry-search/inquiry-search.controller';
import { InquirySearch } from './inquiry-search/inquiry-search.ports';
import { SearchInquiries } from './inquiry-search/search-inquiries.use-case';
import { SurveysModule } from './surveys/surveys.module';
import { DevelopmentModule } from './development/development.module';

/** The advisers' and agencies' HTTP API, and the console (the web app) at `/`. */
@Module({})
export class WorkdeskModule implements NestModule {
  constructor(private readonly env: WorkdeskEnv) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(proxyClassifierPolicy(this.env.classifierUrl))
      .forRoutes({ path: 'api/policy', method: RequestMethod.ALL }, { path: 'api/policy/{*rest}', method: RequestMethod.ALL });
    // Compiled, this file is dist/apps/workdesk/src/workdesk.module.js; the console is built to dist/console.
    consumer
      .apply(serveConsole(path.resolve(this.env.CONSOLE_DIR ?? path.join(__dirname, '../../../console'))))
      .forRoutes({ path: '{*all}', method: RequestMethod.ALL });
  }

  static register(env: WorkdeskEnv): DynamicModule {
    return appRootModule(WorkdeskModule, 'workdesk', env, {
      services: [kafkaService(), postgresService({ poolSize: 10, outbox: true }), redisService()],
      imports: [
        RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS }),
        AccessModule.forApp(env),
        AuthModule.register(env),
        CasesModule.register(env),
        AgenciesModule,
        PlanningModule,
        NoticeSubscriptionsModule,
        NoticesModule,
        WorkModule.register(env),
        IncidentSuggestionsModule.register(env),
        IncidentsModule.register(env),
        PersonalDataReadsModule,
        InquirersModule,
        AnswerTemplatesModule,
        PersonalDataModule.register(env),
        SurveysModule.register(env),
        HelpInsightsModule,
        DevelopmentModule.register(env),
      ],
      controllers: [
        // Before InquiriesController, whose GET /api/inquiries/:id would take `search` for an inquiry id.
        InquirySearchController,
        InquiriesController,
        ReclassifyInquiryController,
        QueuesController,
        AgencyInquiriesController,
        OpeningHoursController,
        LiveController,
      ],
      providers: [
        bindPort(InquiryRecords, InquiryRepository),
        bindPort(CorrectionExamples, ClassificationExampleRepository),
        bindPort(OpeningExceptions, OpeningCalendarRepository),
        bindPort(ServiceLevelTargets, OpeningCalendarRepository),
        bindPort(LiveOverviewSource, LiveOverviewRepository),
        bindPort(IncidentCounts, IncidentLinkRepository),
        bindPort(AdviserRoster, AdviserRepository),
        bindPort(AgencyInbox, AgencyDeliveryRepository),
        bindPort(InquirySearch, InquirySearchReader),
        ReadOpeningHours,
        OrderOpeningException,
        CancelOpeningException,
        SetServiceLevelTarget,
        ReceiveInquiries,
        PublishReclassification,
        ReclassifyInquiry,
        AgencyInquiries,
        ReturnInquiry,
        AcknowledgeInquiry,
        AnswerAsAgency,
        ReadLiveOverview,
        LiveFeed,
        SearchInquiries,
      ],
    });
  }
}

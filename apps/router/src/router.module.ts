import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { ConsumerRegistry, EventPublisher, MessagingModule, OutboxModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness, postgresOutboxStore } from '@inquiry-router/persistence';
import { LiveQueuesModule, RedisReadiness } from '@inquiry-router/live-queues';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { RouterEnv } from './router.env';
import { WorkPolicySource } from './work-policy.source';
import { DivertBeforeQueueing } from './divert-before-queueing';
import { RouteInquiries } from './route-inquiries.use-case';
import { InquiryClassifiedHandler } from './inquiry-classified.handler';
import { RebuildLiveQueues } from './rebuild-live-queues.use-case';
import { RerouteInquiries } from './reroute-inquiries.use-case';
import { InquiryReclassifiedHandler } from './inquiry-reclassified.handler';
import { CheckServiceLevels } from './check-service-levels.use-case';

@Module({})
export class RouterModule {
  static register(env: RouterEnv): DynamicModule {
    return {
      module: RouterModule,
      imports: [
        loggerModule('router', env.LOG_LEVEL),
        MessagingModule.forApp('router', env),
        PersistenceModule.forApp('router', env, 5),
        OutboxModule.forStore(postgresOutboxStore),
        LiveQueuesModule.forApp(env),
        SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS }),
        HealthModule.forChecks([EventPublisher, ConsumerRegistry, PostgresReadiness, RedisReadiness]),
      ],
      providers: [{ provide: RouterEnv, useValue: env }, WorkPolicySource, DivertBeforeQueueing, RouteInquiries, InquiryClassifiedHandler, RebuildLiveQueues, RerouteInquiries, InquiryReclassifiedHandler, CheckServiceLevels],
    };
  }
}

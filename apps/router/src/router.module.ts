import { DynamicModule, Module } from '@nestjs/common';
import { AppRuntimeModule, ClockModule, periodicJob } from '@inquiry-router/runtime';
import { EventPublisher, KafkaTransport, MessagingModule, OutboxModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness, postgresOutboxStore, WorkPolicyRepository } from '@inquiry-router/persistence';
import { LiveQueuesModule, RedisReadiness, WorkPolicyModule } from '@inquiry-router/live-queues';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { RouterEnv } from './router.env';
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
        AppRuntimeModule.forApp({
          name: 'router',
          logLevel: env.LOG_LEVEL,
          readiness: [EventPublisher, KafkaTransport, PostgresReadiness, RedisReadiness],
        }),
        ClockModule.forApp(env),
        MessagingModule.forApp('router', env),
        PersistenceModule.forApp('router', env, 5),
        OutboxModule.forStore(postgresOutboxStore),
        LiveQueuesModule.forApp(env),
        SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS }),
        RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS }),
        WorkPolicyModule.forApp({ store: WorkPolicyRepository, overrides: env.WORK_POLICY_OVERRIDES }),
      ],
      controllers: [InquiryClassifiedHandler, InquiryReclassifiedHandler],
      providers: [
        { provide: RouterEnv, useValue: env },
        DivertBeforeQueueing,
        RouteInquiries,
        RebuildLiveQueues,
        RerouteInquiries,
        CheckServiceLevels,
        periodicJob(
          RebuildLiveQueues,
          { name: 'live-queues-rebuild-check', everyMs: env.QUEUE_REBUILD_CHECK_SECONDS * 1000, atStart: true },
          (r) => r.rebuildIfLost(),
        ),
        periodicJob(CheckServiceLevels, { name: 'service-level-check', everyMs: env.SLA_CHECK_SECONDS * 1000 }, (c) => c.execute()),
      ],
    };
  }
}

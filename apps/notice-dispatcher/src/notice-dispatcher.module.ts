import { DynamicModule, Module } from '@nestjs/common';
import { appRootModule, periodicJob } from '@inquiry-router/runtime';
import { kafkaService } from '@inquiry-router/messaging';
import { bindPort, NoticeDeliveryRepository, NoticeSubscriptionRepository, postgresService } from '@inquiry-router/persistence';
import { NoticeDispatcherEnv } from './notice-dispatcher.env';
import { NoticeDeliveryLedger, NoticeSubscribers } from './notice-dispatcher.ports';
import { NoticeChangedHandler } from './notice-changed.handler';
import { RecordNoticeDeliveries } from './record-notice-deliveries.use-case';
import { SendDueNoticeDeliveries } from './send-due-notice-deliveries.use-case';

@Module({})
export class NoticeDispatcherModule {
  static register(env: NoticeDispatcherEnv): DynamicModule {
    return appRootModule(NoticeDispatcherModule, 'notice-dispatcher', env, {
      services: [kafkaService(), postgresService({ poolSize: 5, outbox: true })],
      controllers: [NoticeChangedHandler],
      providers: [
        bindPort(NoticeSubscribers, NoticeSubscriptionRepository),
        bindPort(NoticeDeliveryLedger, NoticeDeliveryRepository),
        RecordNoticeDeliveries,
        SendDueNoticeDeliveries,
        periodicJob(SendDueNoticeDeliveries, { name: 'notice-delivery', everyMs: env.NOTICE_SEND_INTERVAL_MS }, (send) => send.execute()),
      ],
    });
  }
}

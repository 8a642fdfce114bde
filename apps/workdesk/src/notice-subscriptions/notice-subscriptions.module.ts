import { Module } from '@nestjs/common';
import { bindPort, NoticeDeliveryRepository, NoticeSubscriptionRepository } from '@inquiry-router/persistence';
import { ConfirmationMailSender } from './confirmation-mail';
import { ConfirmSubscription } from './confirm-subscription.use-case';
import { NoticeDeliveriesController } from './notice-deliveries.controller';
import { NoticeSubscriptionsController } from './notice-subscriptions.controller';
import { NoticeDeliveryRecords, NoticeSubscriptionStore } from './notice-subscriptions.ports';
import { StatusSubscriptionsController } from './status-subscriptions.controller';
import { SubscribeByOperator } from './subscribe-by-operator.use-case';
import { SubscribeSelf } from './subscribe-self.use-case';
import { Unsubscribe } from './unsubscribe.use-case';

/**
 * Subscribers to operational notices: operators keep them and follow the deliveries (the
 * notice-dispatcher sends them); service owners and vendors subscribe, confirm and unsubscribe
 * themselves through the public /status/subscriptions pages.
 */
@Module({
  controllers: [NoticeSubscriptionsController, NoticeDeliveriesController, StatusSubscriptionsController],
  providers: [
    bindPort(NoticeSubscriptionStore, NoticeSubscriptionRepository),
    bindPort(NoticeDeliveryRecords, NoticeDeliveryRepository),
    ConfirmationMailSender,
    SubscribeByOperator,
    SubscribeSelf,
    ConfirmSubscription,
    Unsubscribe,
  ],
})
export class NoticeSubscriptionsModule {}

import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DeliveryRetryHeaders, InquiryForwardedRetryTopics, Topics, TopicName } from '@inquiry-router/contracts';
import { EventPublisher, KafkaConnection, LaneConsumer, ReplayedFromHeader } from '@inquiry-router/messaging';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { DeliverForwardedInquiry } from './deliver-forwarded-inquiry.use-case';

const groupOf = (tier: number) => (tier === 0 ? 'agency-forwarder' : `agency-forwarder.retry-${tier}`);

/**
 * Kafka transport: `inquiry.forwarded.v1` and its retry topics → DeliverForwardedInquiry. Each
 * topic is consumed in lanes by agency, so an agency whose endpoint hangs or fails delays only its
 * own deliveries; a retry topic's partition waits (paused) until its next message is due. The
 * app's Kafka-consumer readiness check.
 */
@Injectable()
export class DeliveryConsumers implements OnApplicationBootstrap, OnModuleDestroy, ReadinessCheck {
  readonly name = 'agency-delivery-consumers';
  private readonly consumers: LaneConsumer<TopicName>[];

  constructor(
    @Inject(KafkaConnection) connection: KafkaConnection,
    @Inject(EventPublisher) publisher: EventPublisher,
    @Inject(DeliverForwardedInquiry) deliver: DeliverForwardedInquiry,
  ) {
    const topics = [Topics.InquiryForwarded, ...InquiryForwardedRetryTopics];
    this.consumers = topics.map(
      (topic, tier) =>
        new LaneConsumer(connection, publisher, {
          groupId: groupOf(tier),
          topic,
          logger: connection.options.logger,
          laneOf: (event) => event.value.agency,
          dueAt: tier === 0 ? undefined : (event) => Number(event.headers[DeliveryRetryHeaders.DueAt] ?? 0),
          handle: (event) =>
            deliver.execute(event.value, {
              tier,
              attemptsBefore: tier === 0 ? null : Number(event.headers[DeliveryRetryHeaders.Attempts] ?? NaN),
              replayed: tier === 0 && ReplayedFromHeader in event.headers,
              topic: connection.topic(topic),
              group: connection.group(groupOf(tier)),
              partition: event.partition,
              offset: event.offset,
            }),
        }) as unknown as LaneConsumer<TopicName>,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.start()));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }

  async check(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.check()));
  }
}

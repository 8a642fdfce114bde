import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  DeliveryRetryHeaders,
  InquiryForwarded,
  InquiryForwardedRetryTopic,
  InquiryForwardedRetryTopics,
  Topics,
} from '@inquiry-router/contracts';
import { ConsumedEvent, inLanes, KafkaContext, ReplayedFromHeader } from '@inquiry-router/messaging';
import { DeliverForwardedInquiry } from './deliver-forwarded-inquiry.use-case';

const tierOf = (topic: InquiryForwardedRetryTopic) => InquiryForwardedRetryTopics.indexOf(topic) + 1;
/** Each retry topic is read by a group of its own, so a paused tier never holds up another. */
const retryGroupOf = (topic: InquiryForwardedRetryTopic) => `agency-forwarder.retry-${tierOf(topic)}`;
const laneOf = (event: ConsumedEvent<InquiryForwarded>) => event.value.agency;

/**
 * Kafka transport: `inquiry.forwarded.v1` and its retry topics → DeliverForwardedInquiry. Each
 * topic is consumed in lanes by agency, so an agency whose endpoint hangs or fails delays only its
 * own deliveries; a retry topic's partition waits (paused) until its next message is due.
 */
@Controller()
export class InquiryForwardedHandler {
  constructor(private readonly deliver: DeliverForwardedInquiry) {}

  @EventPattern(Topics.InquiryForwarded, inLanes<typeof Topics.InquiryForwarded>({ groupId: 'agency-forwarder', laneOf }))
  async forwarded(@Payload() event: ConsumedEvent<InquiryForwarded>, @Ctx() context: KafkaContext): Promise<void> {
    await this.deliver.execute(event.value, {
      tier: 0,
      attemptsBefore: null,
      replayed: ReplayedFromHeader in event.headers,
      topic: context.brokerTopic,
      group: context.brokerGroup,
      partition: event.partition,
      offset: event.offset,
    });
  }

  @EventPattern(
    InquiryForwardedRetryTopics,
    inLanes<InquiryForwardedRetryTopic>({
      groupId: retryGroupOf,
      laneOf,
      dueAt: (event) => Number(event.headers[DeliveryRetryHeaders.DueAt] ?? 0),
    }),
  )
  async retried(@Payload() event: ConsumedEvent<InquiryForwarded>, @Ctx() context: KafkaContext): Promise<void> {
    await this.deliver.execute(event.value, {
      tier: tierOf(context.topic as InquiryForwardedRetryTopic),
      attemptsBefore: Number(event.headers[DeliveryRetryHeaders.Attempts] ?? NaN),
      replayed: false,
      topic: context.brokerTopic,
      group: context.brokerGroup,
      partition: event.partition,
      offset: event.offset,
    });
  }
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RoutingDecisionReply, Topics } from '@inquiry-router/contracts';
import { batches, ConsumedEvent } from '@inquiry-router/messaging';
import { DecisionWaiter } from './decision-waiter';

/**
 * Kafka transport: `routing.decision.reply.v1` → the calls waiting for their decision. A reply
 * handler: its group is unique to this instance (a shared group would hand a caller's reply to
 * another instance; every instance sees every reply and picks out its own callers), read from
 * the moment it joins.
 */
@Controller()
export class DecisionReplyHandler {
  constructor(private readonly waiter: DecisionWaiter) {}

  @MessagePattern(Topics.RoutingDecisionReply, batches({ groupId: 'phone-adapter' }))
  handle(@Payload() events: ConsumedEvent<RoutingDecisionReply>[]): void {
    for (const e of events) this.waiter.settle(e.value.inquiryId, e.value.decision);
  }
}

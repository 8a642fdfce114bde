import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OutboundMessage, Topics } from '@inquiry-router/contracts';
import { DeliverOutboundMessages, OutboundMessageStore, outboundMessageConsumption } from '@inquiry-router/intake';
import { ConsumedEvent } from '@inquiry-router/messaging';
import { CallbackOutboundChannel } from './callback-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel phone) → a call-back task in the inquiry's history. */
@Controller()
export class OutboundMessageHandler {
  private readonly deliver: DeliverOutboundMessages;

  constructor(
    @Inject(OutboundMessageStore) repository: OutboundMessageStore,
    @Inject(CallbackOutboundChannel) channel: CallbackOutboundChannel,
  ) {
    // No OnceGuard: the history row is the delivery, and it is written once per message id.
    this.deliver = new DeliverOutboundMessages(repository, null, channel);
  }

  @EventPattern(Topics.OutboundMessage, outboundMessageConsumption('phone-adapter-outbound'))
  async handle(@Payload() events: ConsumedEvent<OutboundMessage>[]): Promise<void> {
    await this.deliver.execute(events.map((e) => e.value));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { consumeOutboundMessages, DeliverOutboundMessages } from '@inquiry-router/intake';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { OutboundMessageRepository } from '@inquiry-router/persistence';
import { CallbackOutboundChannel } from './callback-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel phone) → a call-back task in the inquiry's history. */
@Injectable()
export class OutboundMessageHandler {
  constructor(
    @Inject(ConsumerRegistry) consumers: ConsumerRegistry,
    @Inject(OutboundMessageRepository) repository: OutboundMessageRepository,
    @Inject(CallbackOutboundChannel) channel: CallbackOutboundChannel,
  ) {
    // No OnceGuard: the history row is the delivery, and it is written once per message id.
    consumeOutboundMessages(consumers, 'phone-adapter-outbound', new DeliverOutboundMessages(repository, null, channel));
  }
}

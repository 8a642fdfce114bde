import { Inject, Injectable } from '@nestjs/common';
import { consumeOutboundMessages, DeliverOutboundMessages, OnceGuard } from '@inquiry-router/intake';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { OutboundMessageRepository } from '@inquiry-router/persistence';
import { SocialOutboundChannel } from './social-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel social) → the platform's send API. */
@Injectable()
export class OutboundMessageHandler {
  constructor(
    @Inject(ConsumerRegistry) consumers: ConsumerRegistry,
    @Inject(OutboundMessageRepository) repository: OutboundMessageRepository,
    @Inject(OnceGuard) guard: OnceGuard,
    @Inject(SocialOutboundChannel) channel: SocialOutboundChannel,
  ) {
    consumeOutboundMessages(consumers, 'social-adapter-outbound', new DeliverOutboundMessages(repository, guard, channel));
  }
}

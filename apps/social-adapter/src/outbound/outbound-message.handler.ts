import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OutboundMessage, Topics } from '@inquiry-router/contracts';
import { DeliverOutboundMessages, OutboundMessageStore, OnceGuard, outboundMessageConsumption } from '@inquiry-router/intake';
import { ConsumedEvent } from '@inquiry-router/messaging';
import { SocialOutboundChannel } from './social-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel social) → the platform's send API. */
@Controller()
export class OutboundMessageHandler {
  private readonly deliver: DeliverOutboundMessages;

  constructor(
    @Inject(OutboundMessageStore) repository: OutboundMessageStore,
    @Inject(OnceGuard) guard: OnceGuard,
    @Inject(SocialOutboundChannel) channel: SocialOutboundChannel,
  ) {
    this.deliver = new DeliverOutboundMessages(repository, guard, channel);
  }

  @EventPattern(Topics.OutboundMessage, outboundMessageConsumption('social-adapter-outbound'))
  async handle(@Payload() events: ConsumedEvent<OutboundMessage>[]): Promise<void> {
    await this.deliver.execute(events.map((e) => e.value));
  }
}

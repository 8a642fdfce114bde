import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type Redis from 'ioredis';
import { OutboundMessage, Topics } from '@inquiry-router/contracts';
import { DeliverOutboundMessages, OutboundMessageStore, OnceGuard, outboundMessageConsumption } from '@inquiry-router/intake';
import { REDIS } from '@inquiry-router/live-queues';
import { ConsumedEvent } from '@inquiry-router/messaging';
import { EmailAdapterEnv } from '../email-adapter.env';
import { EmailOutboundChannel } from './email-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel email) → mail through the relay. */
@Controller()
export class OutboundMessageHandler {
  private readonly deliver: DeliverOutboundMessages;

  constructor(
    @Inject(OutboundMessageStore) repository: OutboundMessageStore,
    @Inject(REDIS) redis: Redis,
    @Inject(EmailAdapterEnv) env: EmailAdapterEnv,
    @Inject(EmailOutboundChannel) channel: EmailOutboundChannel,
  ) {
    this.deliver = new DeliverOutboundMessages(repository, new OnceGuard(redis, env.REDIS_KEY_PREFIX), channel);
  }

  @EventPattern(Topics.OutboundMessage, outboundMessageConsumption('email-adapter-outbound'))
  async handle(@Payload() events: ConsumedEvent<OutboundMessage>[]): Promise<void> {
    await this.deliver.execute(events.map((e) => e.value));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { consumeOutboundMessages, DeliverOutboundMessages, OnceGuard } from '@inquiry-router/intake';
import { REDIS } from '@inquiry-router/live-queues';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { OutboundMessageRepository } from '@inquiry-router/persistence';
import { EMAIL_ENV, EmailAdapterEnv } from '../email-adapter.env';
import { EmailOutboundChannel } from './email-outbound-channel';

/** Kafka transport: `outbound.message.v1` (channel email) → mail through the relay. */
@Injectable()
export class OutboundMessageHandler {
  constructor(
    @Inject(ConsumerRegistry) consumers: ConsumerRegistry,
    @Inject(OutboundMessageRepository) repository: OutboundMessageRepository,
    @Inject(REDIS) redis: Redis,
    @Inject(EMAIL_ENV) env: EmailAdapterEnv,
    @Inject(EmailOutboundChannel) channel: EmailOutboundChannel,
  ) {
    consumeOutboundMessages(consumers, 'email-adapter-outbound', new DeliverOutboundMessages(repository, new OnceGuard(redis, env.REDIS_KEY_PREFIX), channel));
  }
}

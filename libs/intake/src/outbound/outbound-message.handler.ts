import { Controller, InjectionToken, Provider, Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { OutboundMessage, Topics } from '@inquiry-router/contracts';
import { ConsumedEvent } from '@inquiry-router/messaging';
import { OnceGuard } from '../once-guard';
import { DeliverOutboundMessages, OutboundChannel, outboundMessageConsumption, OutboundMessageStore } from './deliver-outbound-messages';

/**
 * The Kafka transport of `outbound.message.v1` for one channel adapter, in the adapter's own
 * consumer group (`<adapter>-outbound`): each batch to DeliverOutboundMessages, which takes the
 * messages of the adapter's channel.
 */
export function outboundMessageHandler(adapter: string): Type<unknown> {
  @Controller()
  class OutboundMessageHandler {
    constructor(private readonly deliver: DeliverOutboundMessages) {}

    @EventPattern(Topics.OutboundMessage, outboundMessageConsumption(`${adapter}-outbound`))
    async handle(@Payload() events: ConsumedEvent<OutboundMessage>[]): Promise<void> {
      await this.deliver.execute(events.map((e) => e.value));
    }
  }
  return OutboundMessageHandler;
}

/**
 * DeliverOutboundMessages over the adapter's `OutboundMessageStore` and its channel; `once` sends
 * each message once by its id (the app provides `OnceGuard`), left out where recording the message
 * is itself the delivery.
 */
export function deliverOutboundMessages(channel: Type<OutboundChannel>, { once }: { once: boolean }): Provider {
  const inject: InjectionToken[] = [OutboundMessageStore, channel, ...(once ? [OnceGuard] : [])];
  return {
    provide: DeliverOutboundMessages,
    inject,
    useFactory: (store: OutboundMessageStore, outbound: OutboundChannel, guard?: OnceGuard) =>
      new DeliverOutboundMessages(store, guard ?? null, outbound),
  };
}

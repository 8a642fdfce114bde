import { Controller, Inject, Type } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { ConsumedEvent } from './consumed-message';
import { BatchConsumption, batches } from './consumer-declarations';

/**
 * The Kafka transport of a use case that takes one topic's events a batch at a time: a handler
 * (`@EventPattern(topic, batches(consumption))`) that hands each batch's payloads to `run` and does
 * nothing else. It goes in the module's `controllers`; a failing run fails the batch (retries,
 * then dead letters, as `batches` says).
 *
 *     export const InquiryClassifiedHandler = eventBatchHandler(Topics.InquiryClassified, { groupId: 'router' }, RouteInquiries, (route, inquiries) => route.execute(inquiries));
 */
export function eventBatchHandler<T extends TopicName, U>(
  topic: T,
  consumption: Omit<BatchConsumption, 'consumption'>,
  useCase: Type<U>,
  run: (useCase: U, payloads: PayloadOf<T>[]) => Promise<unknown>,
): Type<unknown> {
  @Controller()
  class EventBatchHandler {
    constructor(@Inject(useCase) private readonly instance: U) {}

    @EventPattern(topic, batches(consumption))
    async handle(@Payload() events: ConsumedEvent<PayloadOf<T>>[]): Promise<void> {
      const payloads = events.map((e) => e.value);
      await run(this.instance, payloads);
    }
  }
  // Named for the logs (Nest names each controller it maps), as a hand-written handler would be.
  Object.defineProperty(EventBatchHandler, 'name', { value: `${useCase.name}Handler(${topic})` });
  return EventBatchHandler;
}

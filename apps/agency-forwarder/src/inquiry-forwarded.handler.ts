import { Inject, Injectable } from '@nestjs/common';
import { Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { RecordDeliveries } from './record-deliveries.use-case';

/** Kafka transport: `inquiry.forwarded.v1` → RecordDeliveries. */
@Injectable()
export class InquiryForwardedHandler {
  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(RecordDeliveries) record: RecordDeliveries) {
    consumers.register({
      groupId: 'agency-forwarder',
      topic: Topics.InquiryForwarded,
      handle: (events) => record.execute(events.map((e) => e.value)),
    });
  }
}

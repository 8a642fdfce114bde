import { Inject, Injectable } from '@nestjs/common';
import { Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { RerouteInquiries } from './reroute-inquiries.use-case';

/** Kafka transport: `inquiry.reclassified.v1` → RerouteInquiries. */
@Injectable()
export class InquiryReclassifiedHandler {
  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(RerouteInquiries) reroute: RerouteInquiries) {
    consumers.register({
      // A group of its own: kafkajs assigns a group's partitions as if every member read every topic.
      groupId: 'router-reclassifications',
      topic: Topics.InquiryReclassified,
      handle: (events) => reroute.execute(events.map((e) => e.value)),
    });
  }
}

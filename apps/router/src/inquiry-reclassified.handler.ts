import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { InquiryReclassified, Topics } from '@inquiry-router/contracts';
import { batches, ConsumedEvent } from '@inquiry-router/messaging';
import { RetriesOutlastingRedisRestart } from './redis-outage-retries';
import { RerouteInquiries } from './reroute-inquiries.use-case';

/** Kafka transport: `inquiry.reclassified.v1` → RerouteInquiries. */
@Controller()
export class InquiryReclassifiedHandler {
  constructor(@Inject(RerouteInquiries) private readonly reroute: RerouteInquiries) {}

  // A group of its own: kafkajs assigns a group's partitions as if every member read every topic.
  @EventPattern(Topics.InquiryReclassified, batches({ groupId: 'router-reclassifications', ...RetriesOutlastingRedisRestart }))
  async handle(@Payload() events: ConsumedEvent<InquiryReclassified>[]): Promise<void> {
    await this.reroute.execute(events.map((e) => e.value));
  }
}

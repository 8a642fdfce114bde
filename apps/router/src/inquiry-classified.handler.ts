import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { InquiryClassified, Topics } from '@inquiry-router/contracts';
import { batches, ConsumedEvent } from '@inquiry-router/messaging';
import { RetriesOutlastingRedisRestart } from './redis-outage-retries';
import { RouteInquiries } from './route-inquiries.use-case';

/** Kafka transport: `inquiry.classified.v1` → RouteInquiries. */
@Controller()
export class InquiryClassifiedHandler {
  constructor(@Inject(RouteInquiries) private readonly route: RouteInquiries) {}

  @EventPattern(Topics.InquiryClassified, batches({ groupId: 'router', ...RetriesOutlastingRedisRestart }))
  async handle(@Payload() events: ConsumedEvent<InquiryClassified>[]): Promise<void> {
    await this.route.execute(events.map((e) => e.value));
  }
}

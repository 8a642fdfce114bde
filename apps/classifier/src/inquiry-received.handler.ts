import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DefaultPartitions, InquiryReceived, ReplyRequestedHeader, Topics } from '@inquiry-router/contracts';
import { batches, ConsumedEvent } from '@inquiry-router/messaging';
import { ClassifyInquiries } from './classify-inquiries.use-case';

/**
 * Kafka transport: `inquiry.received.v1` → ClassifyInquiries. Every partition it holds is worked
 * at once: a waiting caller's inquiry never queues behind other partitions' batches.
 */
@Controller()
export class InquiryReceivedHandler {
  constructor(private readonly classify: ClassifyInquiries) {}

  @EventPattern(
    Topics.InquiryReceived,
    batches({ groupId: 'classifier', partitionsConsumedConcurrently: DefaultPartitions[Topics.InquiryReceived] }),
  )
  async handle(@Payload() events: ConsumedEvent<InquiryReceived>[]): Promise<void> {
    await this.classify.execute(
      events.map((e) => e.value.inquiry),
      new Set(events.filter((e) => e.headers[ReplyRequestedHeader] === '1').map((e) => e.value.inquiry.id)),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Inquiry, InquiryReceived, Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';

/**
 * The common intake every channel uses: hands validated inquiries to the pipeline. Resolves only
 * once Kafka has acknowledged them, so a channel may confirm receipt (HTTP 202, SMTP 250) after it.
 */
@Injectable()
export class ReceiveInquiries {
  constructor(@Inject(EventPublisher) private readonly publisher: EventPublisher) {}

  async execute(inquiries: Inquiry[]): Promise<void> {
    await this.publisher.publish(
      Topics.InquiryReceived,
      inquiries.map((inquiry): { key: string; value: InquiryReceived } => ({ key: inquiry.id, value: { inquiry } })),
    );
  }
}

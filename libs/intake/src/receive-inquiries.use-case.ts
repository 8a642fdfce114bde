import { Injectable } from '@nestjs/common';
import { Inquiry, InquiryReceived, ReplyRequestedHeader, Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';

/**
 * The common intake every channel uses: hands validated inquiries to the pipeline. Resolves only
 * once Kafka has acknowledged them, so a channel may confirm receipt (HTTP 2xx, SMTP 250) after
 * it, and rejects when Kafka is unreachable, so the channel can refuse (SMTP 451, HTTP 503).
 */
@Injectable()
export class ReceiveInquiries {
  constructor(private readonly publisher: EventPublisher) {}

  /** `awaitReply`: the sender waits for the decision (see ReplyRequestedHeader). */
  async execute(inquiries: Inquiry[], options: { awaitReply?: boolean } = {}): Promise<void> {
    const headers = options.awaitReply ? { [ReplyRequestedHeader]: '1' } : undefined;
    await this.publisher.publish(
      Topics.InquiryReceived,
      inquiries.map((inquiry): { key: string; value: InquiryReceived; headers?: Record<string, string> } => ({
        key: inquiry.id,
        value: { inquiry },
        headers,
      })),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { classifyInquiry } from '@inquiry-router/classification';
import { Inquiry, InquiryClassified, Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';
import { ActivePolicy } from './active-policy';

/** Classifies received inquiries under the active policy and publishes the explained decisions. */
@Injectable()
export class ClassifyInquiries {
  constructor(
    @Inject(ActivePolicy) private readonly policy: ActivePolicy,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  async execute(inquiries: Inquiry[]): Promise<void> {
    const policy = this.policy.current();
    const classifiedAt = new Date().toISOString();
    const events = inquiries.map((inquiry): { key: string; value: InquiryClassified } => {
      const { language, ...decision } = classifyInquiry(inquiry, policy);
      return {
        key: inquiry.id,
        value: { inquiry: { ...inquiry, language: inquiry.language ?? language }, decision, classifiedAt },
      };
    });
    await this.publisher.publish(Topics.InquiryClassified, events);
  }
}

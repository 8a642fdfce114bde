import { Injectable } from '@nestjs/common';
import { AgencyInbox } from '../workdesk.ports';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';

/** The agency has taken a forwarded inquiry into its own handling (it stays open until answered or returned). */
@Injectable()
export class AcknowledgeInquiry {
  constructor(private readonly deliveries: AgencyInbox) {}

  async execute(
    agency: string,
    inquiryId: string,
    actor: string,
  ): Promise<{ inquiryId: string; acknowledgedAt: Date; acknowledgedBy: string }> {
    const ack = await this.deliveries.acknowledge(agency, inquiryId, actor);
    if (!ack) throw new InquiryNotFound(inquiryId);
    return { inquiryId, ...ack };
  }
}

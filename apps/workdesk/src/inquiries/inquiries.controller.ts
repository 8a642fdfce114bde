import { Body, Param } from '@nestjs/common';
import { Inquiry } from '@inquiry-router/contracts';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { Endpoint, Supervisors, SupportStaff } from '@inquiry-router/access';
import { ApiController, Clock } from '@inquiry-router/runtime';
import { InquiryRecords } from '../workdesk.ports';
import { IntakeInquiryRequest } from './intake-inquiry.request';
import { InquiryView, toInquiryView } from './inquiry.view';
import { InquiryNotFound } from './reclassify-inquiry.use-case';
import { oneInquiry, ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';

@ApiController('inquiries')
export class InquiriesController {
  constructor(
    private readonly receive: ReceiveInquiries,
    private readonly inquiries: InquiryRecords,
    private readonly clock: Clock,
  ) {}

  /** Generic intake (until every channel has its adapter): accepted once Kafka has it. */
  @Endpoint('POST', '', Supervisors, { accepted: { description: 'published to inquiry.received.v1' } })
  async intake(@Body() body: IntakeInquiryRequest): Promise<{ id: string }> {
    const inquiry: Inquiry = { ...body, receivedAt: body.receivedAt ?? this.clock.now().toISOString() };
    await this.receive.execute([inquiry]);
    return { id: inquiry.id };
  }

  @Endpoint('GET', ':id', SupportStaff, {
    ok: { type: InquiryView, description: 'logged as a read of its personal data (via inquiry)' },
    notFound: true,
  })
  @ReadsPersonalData('inquiry', oneInquiry)
  async get(@Param('id') id: string): Promise<InquiryView> {
    const record = await this.inquiries.find(id);
    if (!record) throw new InquiryNotFound(id);
    return toInquiryView(record);
  }
}

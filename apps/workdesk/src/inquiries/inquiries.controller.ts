import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Inquiry } from '@inquiry-router/contracts';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { Roles, Supervisors, SupportStaff } from '@inquiry-router/access';
import { Clock } from '@inquiry-router/runtime';
import { InquiryRecords } from '../workdesk.ports';
import { IntakeInquiryRequest } from './intake-inquiry.request';
import { InquiryView, toInquiryView } from './inquiry.view';
import { InquiryNotFound } from './reclassify-inquiry.use-case';

@ApiTags('inquiries')
@Controller('api/inquiries')
export class InquiriesController {
  constructor(
    @Inject(ReceiveInquiries) private readonly receive: ReceiveInquiries,
    @Inject(InquiryRecords) private readonly inquiries: InquiryRecords,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Generic intake (until every channel has its adapter): accepted once Kafka has it. */
  @Post()
  @HttpCode(202)
  @Roles(Supervisors)
  @ApiAcceptedResponse({ description: 'published to inquiry.received.v1' })
  async intake(@Body() body: IntakeInquiryRequest): Promise<{ id: string }> {
    const inquiry: Inquiry = { ...body, receivedAt: body.receivedAt ?? this.clock.now().toISOString() };
    await this.receive.execute([inquiry]);
    return { id: inquiry.id };
  }

  @Get(':id')
  @Roles(SupportStaff)
  @ApiOkResponse({ type: InquiryView })
  @ApiNotFoundResponse()
  async get(@Param('id') id: string): Promise<InquiryView> {
    const record = await this.inquiries.find(id);
    if (!record) throw new InquiryNotFound(id);
    return toInquiryView(record);
  }
}

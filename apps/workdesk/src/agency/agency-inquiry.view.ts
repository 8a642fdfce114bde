import { ApiProperty } from '@nestjs/swagger';
import {
  InquiryViewStatuses,
  type AgencyInquiryView as AgencyInquiryContract,
  type InquiryViewStatus,
  type ReceivedInquiryView,
} from '@inquiry-router/contracts';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { DecisionView, toInquiryView } from '../inquiries/inquiry.view';

/**
 * An inquiry as the agency it was forwarded to sees it: the inquiry and why it was sent to them.
 * Not the portal's internal history or the rest of the conversation.
 */
export class AgencyInquiryView implements AgencyInquiryContract {
  @ApiProperty() inquiry: ReceivedInquiryView;
  @ApiProperty({ enum: InquiryViewStatuses }) status: InquiryViewStatus;
  @ApiProperty({ type: DecisionView }) decision: DecisionView;
}

export function toAgencyInquiryView(record: InquiryRecord): AgencyInquiryView {
  const { inquiry, status, decision } = toInquiryView(record);
  return { inquiry, status, decision: decision! };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channels, type Channel, type InquirySearchHitView, type InquirySearchPageView } from '@inquiry-router/contracts';
import type { InquirySearchRow } from '@inquiry-router/persistence';
import { contactSummary, senderLabel } from '../inquirers/contact-presentation';

export class InquirySearchHitDoc implements InquirySearchHitView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: Channels }) channel: Channel;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'name and address, number or account; null once its personal data is erased' })
  sender: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'its subject, or the start of its text; null once erased' }) summary: string | null;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ nullable: true, description: 'the decision’s target' }) target: string | null;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiPropertyOptional({ nullable: true }) agency: string | null;
  @ApiPropertyOptional({ nullable: true }) category: string | null;
}

export class InquirySearchPageDoc implements InquirySearchPageView {
  @ApiProperty({ type: [InquirySearchHitDoc], description: 'newest first' }) items: InquirySearchHitView[];
  @ApiProperty({ description: 'how many inquiries match in all; with `totalCapped`, at least this many (counting stops at 10,000)' })
  total: number;
  @ApiProperty({ description: 'true when more than `total` inquiries match: narrow the search to see how many' }) totalCapped: boolean;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export function toInquirySearchHitView(row: InquirySearchRow): InquirySearchHitView {
  return {
    id: row.id,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    sender: senderLabel(row.sender, row.personalDataErasedAt),
    summary: contactSummary(row),
    status: row.status,
    target: row.target,
    queue: row.queue,
    agency: row.agency,
    category: row.category,
  };
}

/** The hits whose personal data a page shows (not those erased): each is a read. */
export const hitsShown = (page: InquirySearchPageView): string[] =>
  page.items.filter((hit) => hit.sender !== null || hit.summary !== null).map((hit) => hit.id);

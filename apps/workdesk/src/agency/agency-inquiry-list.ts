import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { AgencyInquiryListItem } from '@inquiry-router/persistence';
import { ListLimit } from '@inquiry-router/runtime';

export class AgencyInquiryListQuery {
  @ApiPropertyOptional({ description: 'true: only those the agency has not acknowledged yet' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unacknowledged?: boolean;

  @ListLimit({ max: 200, default: 50 })
  limit: number;
}

/** One open inquiry forwarded to the caller's agency; `GET /api/agency/inquiries/{id}` has the whole of it. */
export class AgencyInquiryListItemView {
  @ApiProperty() inquiryId: string;
  @ApiProperty() channel: string;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true }) language: string | null;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiPropertyOptional({ nullable: true }) forwardedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'pending, delivered, available (no webhook or mailbox) or failed' }) deliveryStatus:
    string | null;
  @ApiPropertyOptional({ nullable: true }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) acknowledgedBy: string | null;
}

export function toAgencyInquiryListItemView(i: AgencyInquiryListItem): AgencyInquiryListItemView {
  return {
    inquiryId: i.inquiryId,
    channel: i.channel,
    receivedAt: i.receivedAt.toISOString(),
    language: i.language,
    subject: i.subject,
    forwardedAt: i.forwardedAt?.toISOString() ?? null,
    deliveryStatus: i.deliveryStatus,
    acknowledgedAt: i.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: i.acknowledgedBy,
  };
}

export class AcknowledgementView {
  @ApiProperty() inquiryId: string;
  @ApiProperty({ description: 'the first acknowledgement; a repeat returns it' }) acknowledgedAt: string;
  @ApiProperty() acknowledgedBy: string;
}

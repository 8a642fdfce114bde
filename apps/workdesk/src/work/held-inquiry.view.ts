import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Channels, type Channel, type HeldInquiryView, type IncidentMarkView, type NoticeTextView } from '@inquiry-router/contracts';
import type { HeldInquiry } from '@inquiry-router/persistence';

// The classes document the answer in OpenAPI; each implements the contract the console reads.
export class IncidentMarkDoc implements IncidentMarkView {
  @ApiProperty({ example: 'DRIFT-00001' }) noticeId: string;
  @ApiProperty({ description: 'bokmål, with nynorsk and English where written' }) title: NoticeTextView;
}

export class HeldInquiryDoc implements HeldInquiryView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: Channels }) channel: Channel;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiProperty({ enum: ['reserved', 'claimed'], description: 'reserved: accept it before reservedUntil' }) status: 'reserved' | 'claimed';
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true }) dueAt: string | null;
  @ApiPropertyOptional({ nullable: true }) reservedUntil: string | null;
  @ApiPropertyOptional({ type: IncidentMarkDoc, nullable: true, description: 'the known incident it is linked to (the latest link)' })
  incident: IncidentMarkView | null;
}

export function toHeldInquiryView(h: HeldInquiry): HeldInquiryView {
  return {
    ...h,
    receivedAt: h.receivedAt.toISOString(),
    dueAt: h.dueAt?.toISOString() ?? null,
    reservedUntil: h.reservedUntil?.toISOString() ?? null,
  };
}

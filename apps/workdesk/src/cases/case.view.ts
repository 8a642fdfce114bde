import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseStatuses, CaseTypes } from '@inquiry-router/contracts';
import type { CaseEntity, CaseRecord } from '@inquiry-router/persistence';
import { HistoryEntryView } from '../inquiries/inquiry.view';

export class CaseView {
  @ApiProperty({ example: 'SD-00042' }) id: string;
  @ApiProperty({ description: 'the inquiry the case was registered for' }) inquiryId: string;
  @ApiProperty({ description: "the conversation's first inquiry; the reporter's replies join it" }) threadId: string;
  @ApiProperty({ enum: CaseTypes }) type: string;
  @ApiProperty({ enum: CaseStatuses }) status: string;
  @ApiPropertyOptional({ nullable: true }) owner: string | null;
  @ApiProperty({ enum: ['nb', 'nn', 'en'], description: "the reporter's language: notices are written in it" }) language: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'the last update that counts for the reminder (status, owner)' }) lastUpdateAt: string;
  @ApiPropertyOptional({ nullable: true }) remindedAt: string | null;
}

export class CaseDetailView extends CaseView {
  @ApiProperty({ enum: ['phone', 'email', 'social'], description: 'the channel the reporter used; notices go back through it' })
  channel: string;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiProperty({
    type: [HistoryEntryView],
    description: "the case's history (registration, status changes, replies, owners, reminders), oldest first",
  })
  history: HistoryEntryView[];
}

export function toCaseView(c: CaseEntity): CaseView {
  return {
    id: c.id,
    inquiryId: c.inquiryId,
    threadId: c.threadId,
    type: c.type,
    status: c.status,
    owner: c.owner,
    language: c.language,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    lastUpdateAt: c.lastUpdateAt.toISOString(),
    remindedAt: c.remindedAt?.toISOString() ?? null,
  };
}

export function toCaseDetailView(r: CaseRecord): CaseDetailView {
  return {
    ...toCaseView(r.case),
    channel: r.channel,
    subject: r.subject,
    history: r.history.map((h) => ({ at: h.at.toISOString(), event: h.event, actor: h.actor, details: h.details })),
  };
}

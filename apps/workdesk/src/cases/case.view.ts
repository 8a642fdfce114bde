import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CaseStatuses,
  CaseTypes,
  Channels,
  Languages,
  type CaseDetailView as CaseDetailContract,
  type CaseStatus,
  type CaseType,
  type CaseView as CaseContract,
  type Channel,
  type Language,
} from '@inquiry-router/contracts';
import type { CaseEntity, CaseRecord } from '@inquiry-router/persistence';
import { HistoryEntryView, toHistoryEntryView } from '../inquiries/inquiry.view';

// The classes document the answers in OpenAPI; each implements the contract the console reads.
export class CaseView implements CaseContract {
  @ApiProperty({ example: 'SD-00042' }) id: string;
  @ApiProperty({ description: 'the inquiry the case was registered for' }) inquiryId: string;
  @ApiProperty({ description: "the conversation's first inquiry; the reporter's replies join it" }) threadId: string;
  @ApiProperty({ enum: CaseTypes }) type: CaseType;
  @ApiProperty({ enum: CaseStatuses }) status: CaseStatus;
  @ApiPropertyOptional({ nullable: true }) owner: string | null;
  @ApiProperty({ enum: Languages, description: "the reporter's language: notices are written in it" }) language: Language;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'the last update that counts for the reminder (status, owner)' }) lastUpdateAt: string;
  @ApiPropertyOptional({ nullable: true }) remindedAt: string | null;
}

export class CaseDetailView extends CaseView implements CaseDetailContract {
  @ApiProperty({ enum: Channels, description: 'the channel the reporter used; notices go back through it' })
  channel: Channel;
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
    history: r.history.map(toHistoryEntryView),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CaseTypes,
  Channels,
  InquiryStatuses,
  InquiryViewStatuses,
  Kinds,
  ReasonCodes,
  TechnicalCategories,
  type CaseType,
  type Channel,
  type DecisionReason,
  type DecisionView as DecisionContract,
  type HistoryEntryView as HistoryEntryContract,
  type IncidentLinkView,
  type InquiryStatus,
  type InquiryView as InquiryContract,
  type InquiryViewStatus,
  type Kind,
  type NoticeStatus,
  type NoticeTextView,
  type ReceivedInquiryView,
  type RoutingTarget,
  type TechnicalCategory,
  type ThreadEntryView as ThreadEntryContract,
} from '@inquiry-router/contracts';
import { decisionOf, InquiryHistoryEntity, InquiryRecord, inquiryOf } from '@inquiry-router/persistence';

export class ReasonView implements DecisionReason {
  @ApiProperty({ enum: ReasonCodes }) code: DecisionReason['code'];
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'the values its message needs; see ReasonTermParams in libs/contracts for those that are terms or times',
  })
  params: DecisionReason['params'];
}

// The classes document the answers in OpenAPI; each implements the contract the console reads.
export class DecisionView implements DecisionContract {
  @ApiProperty({ example: 'first-line', description: 'a queue, or agency:<code>' }) target: RoutingTarget;
  @ApiProperty({ enum: Kinds }) kind: Kind;
  @ApiPropertyOptional({ enum: TechnicalCategories, nullable: true }) category: TechnicalCategory | null;
  @ApiPropertyOptional({ nullable: true }) agency: string | null;
  @ApiPropertyOptional({ enum: CaseTypes, nullable: true }) caseType: CaseType | null;
  @ApiProperty() confidence: number;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiPropertyOptional({
    type: [ReasonView],
    description: 'the same reasons as codes with their values, position for position; absent for a decision made before reasons had codes',
  })
  reasonCodes?: DecisionReason[];
  @ApiProperty() policyVersion: string;
  @ApiProperty() decidedAt: string;
}

export class HistoryEntryView implements HistoryEntryContract {
  @ApiProperty() at: string;
  @ApiProperty() event: string;
  @ApiPropertyOptional({ nullable: true }) actor: string | null;
  @ApiProperty() details: Record<string, unknown>;
}

export class ThreadEntryView implements ThreadEntryContract {
  @ApiProperty() id: string;
  @ApiProperty({ enum: Channels }) channel: Channel;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiProperty({ enum: InquiryStatuses }) status: InquiryStatus;
}

export class IncidentLinkViewDoc implements IncidentLinkView {
  @ApiProperty({ example: 'DRIFT-00001' }) noticeId: string;
  @ApiProperty({ description: 'bokmål, with nynorsk and English where written', example: { nb: 'Feil ved innlogging', en: 'Login fails' } })
  title: NoticeTextView;
  @ApiProperty({ example: 'investigating' }) status: NoticeStatus;
  @ApiProperty() linkedAt: string;
  @ApiProperty({ type: [String], description: 'why it was linked, as among the decision reasons' }) explanation: string[];
  @ApiPropertyOptional({
    description: 'the same as reason codes with their values, line for line; absent for a link made before links had them',
  })
  explanationCodes?: DecisionReason[];
}

export class InquiryView implements InquiryContract {
  @ApiProperty({ description: 'as received: id, channel, receivedAt, from, to, subject, body, language, attachments …' })
  inquiry: ReceivedInquiryView;
  @ApiProperty({ enum: InquiryViewStatuses }) status: InquiryViewStatus;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiPropertyOptional({ nullable: true }) assignedTo: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the adviser it is reserved for (status "reserved")' }) reservedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the reservation lapses then unless accepted' }) reservedUntil: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'when the answer is due under its service-level target, counted in opening time' })
  dueAt: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2 working-days', description: 'the service-level target dueAt was computed from' })
  slaTarget: string | null;
  @ApiPropertyOptional({ type: DecisionView, nullable: true }) decision: DecisionView | null;
  @ApiProperty({ type: [HistoryEntryView] }) history: HistoryEntryView[];
  @ApiProperty({ type: [ThreadEntryView], description: 'the conversation, oldest first' }) thread: ThreadEntryView[];
  @ApiProperty({ type: [IncidentLinkViewDoc], description: 'the known incidents it is about, latest link first' })
  incidents: IncidentLinkView[];
}

export function toHistoryEntryView(h: InquiryHistoryEntity): HistoryEntryView {
  return { at: h.at.toISOString(), event: h.event, actor: h.actor, details: h.details };
}

export function toInquiryView({ inquiry: i, decision: d, history, thread, incidents }: InquiryRecord): InquiryView {
  return {
    inquiry: { ...inquiryOf(i) },
    // A reserved inquiry is still `queued` in the system of record, waiting for the holder to accept it.
    status: i.status === 'queued' && i.reservedBy ? 'reserved' : i.status,
    queue: i.queue,
    assignedTo: i.assignedTo,
    reservedBy: i.status === 'queued' ? i.reservedBy : null,
    reservedUntil: i.status === 'queued' ? (i.reservedUntil?.toISOString() ?? null) : null,
    dueAt: i.dueAt?.toISOString() ?? null,
    slaTarget: i.slaTarget,
    decision: d && { ...decisionOf(d), decidedAt: d.decidedAt.toISOString() },
    history: history.map(toHistoryEntryView),
    thread: thread.map((t) => ({
      id: t.id,
      channel: t.channel,
      receivedAt: t.receivedAt.toISOString(),
      subject: t.subject,
      status: t.status,
    })),
    incidents,
  };
}

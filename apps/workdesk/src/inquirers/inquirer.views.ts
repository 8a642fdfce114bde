import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Channels,
  IdentityKeyKinds,
  InquirerAuditActions,
  type ContactOutcome,
  type EarlierContactView,
  type IdentityKeyKind,
  type InquirerAuditAction,
  type InquirerAuditEntryView,
  type InquirerLinkSuggestionView,
  type InquirerMatchView,
  type InquirerView,
  type PersonalDataReadView,
  type Channel,
} from '@inquiry-router/contracts';
import type { InquirerAuditRecord, InquirerRecord, PersonalDataReadRecord } from '@inquiry-router/persistence';
import { contactOutcome, contactSummary } from './contact-presentation';

/** `InquirerMatchView` as the OpenAPI document shows it: one shape per `by`. */
export class InquirerMatchDoc {
  @ApiProperty({
    enum: ['keys', 'new', 'adviser'],
    description: 'keys: recognised by the keys named; new: no earlier contact matched; adviser: linked by one',
  })
  by: string;
  @ApiPropertyOptional({ enum: IdentityKeyKinds, isArray: true, description: 'by keys: the kinds that matched' }) keys?: IdentityKeyKind[];
  @ApiPropertyOptional({ type: [String], description: 'by keys: the earlier contacts the keys were found on' }) inquiries?: string[];
  @ApiPropertyOptional({ description: 'by adviser: who' }) actor?: string;
  @ApiPropertyOptional({ enum: ['merged', 'split', 'link-confirmed'], description: 'by adviser: what they did' }) action?: string;
  @ApiProperty() at: string;
}

export class EarlierContactDoc implements EarlierContactView {
  @ApiProperty() inquiryId: string;
  @ApiProperty({ enum: Channels }) channel: Channel;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'its subject, or the start of its text; null once its personal data is erased' })
  summary: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'where it went: the decision’s target (a queue or agency:<code>)' }) target:
    string | null;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiPropertyOptional({ nullable: true }) agency: string | null;
  @ApiPropertyOptional({ nullable: true }) category: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ enum: ['open', 'resolved', 'forwarded'] }) outcome: ContactOutcome;
  @ApiPropertyOptional({ nullable: true, description: 'when it was resolved or forwarded (its history); null while open' }) endedAt:
    string | null;
  @ApiProperty({
    enum: IdentityKeyKinds,
    isArray: true,
    description: 'the keys it shares with the inquiry at hand; empty: linked by an adviser or through another contact',
  })
  matchedBy: IdentityKeyKind[];
}

export class InquirerLinkSuggestionDoc implements InquirerLinkSuggestionView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'IR-ABCDEFGH2345', description: 'the reference the inquiry quotes' }) reference: string;
  @ApiProperty({ description: 'the contact it names, another person’s' }) referencedInquiryId: string;
  @ApiProperty({ enum: ['open', 'confirmed', 'rejected'] }) status: 'open' | 'confirmed' | 'rejected';
  @ApiProperty() createdAt: string;
}

export class InquirerDoc implements InquirerView {
  @ApiPropertyOptional({ nullable: true, description: 'null: the inquiry belongs to no person (recorded before persons were, or erased)' })
  inquirerId: string | null;
  @ApiPropertyOptional({ type: InquirerMatchDoc, nullable: true, description: 'how this inquiry came to belong to its person' })
  match: InquirerMatchView | null;
  @ApiProperty({ type: [EarlierContactDoc], description: 'the person’s other contacts, newest first (at most 50)' })
  contacts: EarlierContactView[];
  @ApiProperty({
    type: [InquirerLinkSuggestionDoc],
    description: 'open suggestions of this inquiry: references it quotes of another person’s contacts',
  })
  suggestions: InquirerLinkSuggestionView[];
}

export class PersonalDataReadDoc implements PersonalDataReadView {
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty() inquiryId: string;
  @ApiProperty({ example: 'earlier-contacts', description: 'inquiry, claim, earlier-contacts, search, agency-inquiry, export, …' })
  via: string;
}

export class InquirerAuditEntryDoc implements InquirerAuditEntryView {
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ enum: InquirerAuditActions }) action: InquirerAuditAction;
  @ApiPropertyOptional({ nullable: true }) inquiryId: string | null;
  @ApiProperty({
    description:
      'inquirersBefore, inquirerAfter, inquiries (those moved), note; a suggestion’s suggestionId, reference and referencedInquiryId',
  })
  details: Record<string, unknown>;
}

export function toInquirerView(record: InquirerRecord): InquirerView {
  return {
    inquirerId: record.inquirerId,
    match: record.match,
    contacts: record.contacts.map((c) => ({
      inquiryId: c.inquiryId,
      channel: c.channel,
      receivedAt: c.receivedAt.toISOString(),
      summary: contactSummary(c),
      target: c.target,
      queue: c.queue,
      agency: c.agency,
      category: c.category,
      status: c.status,
      outcome: contactOutcome(c.status),
      endedAt: contactOutcome(c.status) === 'open' ? null : (c.endedAt?.toISOString() ?? null),
      matchedBy: c.matchedBy,
    })),
    suggestions: record.suggestions.map((s) => ({
      id: s.id,
      reference: s.reference,
      referencedInquiryId: s.referencedInquiryId,
      status: s.status,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

/** The contacts an inquirer view shows personal data of (their summaries): each is a read. */
export const contactsShown = (view: InquirerView): string[] => view.contacts.filter((c) => c.summary !== null).map((c) => c.inquiryId);

export function toPersonalDataReadView(r: PersonalDataReadRecord): PersonalDataReadView {
  return { at: r.at.toISOString(), actor: r.actor, roles: r.roles, inquiryId: r.inquiryId, via: r.via };
}

export function toInquirerAuditEntryView(r: InquirerAuditRecord): InquirerAuditEntryView {
  return { at: r.at.toISOString(), actor: r.actor, action: r.action, inquiryId: r.inquiryId, details: r.details };
}

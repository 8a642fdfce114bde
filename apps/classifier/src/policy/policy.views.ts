import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgencyAgreement, PolicyDiffEntry, PolicyProblem, RoutingPolicy } from '@inquiry-router/classification';
import {
  DocumentDraftStatuses,
  type AgencyAgreementsView,
  type ChangedDecisionExampleView as ChangedDecisionExampleContract,
  type DocumentDraftStatus,
  type PolicyDiffEntryView as PolicyDiffEntryContract,
  type PolicyDraftSummaryView as PolicyDraftSummaryContract,
  type PolicySimulationView,
  type PolicyTransitionView,
  type PublishedPolicyView as PublishedPolicyContract,
} from '@inquiry-router/contracts';
import type { PolicyAuditEntry, PolicyDraftSummary, PolicyVersionSummary } from '@inquiry-router/persistence';

// What the policy API answers; documents are the stored JSON as they are (see RoutingPolicy).
// The classes document the answers in OpenAPI; those read outside the classifier implement their contract.

export class PolicyProblemView implements PolicyProblem {
  @ApiProperty({ example: 'agencies.skd.formNumberPatterns[0]' }) path: string;
  @ApiProperty() message: string;
}

export class PolicyDiffEntryView implements PolicyDiffEntry, PolicyDiffEntryContract {
  @ApiProperty({ example: 'agencies.skd.vocabulary.strong' }) path: string;
  @ApiProperty({ nullable: true, description: 'null where the value did not exist' }) before: unknown;
  @ApiProperty({ nullable: true, description: 'null where the value no longer exists' }) after: unknown;
  @ApiPropertyOptional({ type: [String], description: 'for lists: entries added' }) added?: string[];
  @ApiPropertyOptional({ type: [String], description: 'for lists: entries removed' }) removed?: string[];
}

export class PolicyVersionSummaryView {
  @ApiProperty({ example: '2026-11-24.1' }) version: string;
  @ApiProperty() isActive: boolean;
  @ApiProperty() publishedAt: string;
  @ApiProperty() publishedBy: string;
}

export class PolicyVersionView extends PolicyVersionSummaryView {
  @ApiProperty({ description: 'the whole policy document (RoutingPolicy)' }) document: RoutingPolicy;
}

export class AgreementsView implements AgencyAgreementsView {
  @ApiProperty({ description: 'the version the agreements are from (the active one)' }) version: string;
  @ApiProperty({ description: 'AgencyAgreement[]' }) agencies: AgencyAgreement[];
}

export class AgreementView {
  @ApiProperty() version: string;
  @ApiProperty({ description: 'AgencyAgreement' }) agreement: AgencyAgreement;
}

export class PolicyDraftSummaryView implements PolicyDraftSummaryContract {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'the version the draft was made from' }) baseVersion: string;
  @ApiProperty({ enum: DocumentDraftStatuses }) status: DocumentDraftStatus;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true }) comment: string | null;
  @ApiPropertyOptional({ nullable: true }) publishedVersion: string | null;
}

export class PolicyDraftView extends PolicyDraftSummaryView {
  @ApiProperty({ type: [PolicyDiffEntryView], description: 'what the draft changes against its base' }) changes: PolicyDiffEntryView[];
  @ApiProperty({
    type: [PolicyProblemView],
    description: 'problems already in the base that the draft keeps; they do not block it',
  })
  inheritedProblems: PolicyProblemView[];
  @ApiProperty({ description: 'the whole proposed document (RoutingPolicy)' }) document: RoutingPolicy;
}

export class PublishedPolicyView implements PublishedPolicyContract {
  @ApiProperty({ example: '2026-12-02.1' }) version: string;
  @ApiProperty() previousVersion: string;
  @ApiProperty({ format: 'uuid' }) draftId: string;
  @ApiProperty() publishedBy: string;
  @ApiProperty({ type: [PolicyDiffEntryView] }) changes: PolicyDiffEntryView[];
}

export class AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ description: 'who' }) actor: string;
  @ApiProperty({ enum: ['draft-created', 'published', 'discarded'] }) action: string;
  @ApiPropertyOptional({ nullable: true, description: 'the version published, or the base of the draft' }) version: string | null;
  @ApiPropertyOptional({ nullable: true }) draftId: string | null;
  @ApiProperty({ type: [PolicyDiffEntryView] }) changes: PolicyDiffEntryView[];
}

export class TransitionView implements PolicyTransitionView {
  @ApiProperty({ example: 'first-line (other)' }) from: string;
  @ApiProperty({ example: 'agency:skd' }) to: string;
  @ApiProperty() count: number;
}

export class ChangedDecisionExampleView implements ChangedDecisionExampleContract {
  @ApiProperty() inquiryId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [String], description: 'why the draft decides as it does' }) reasons: string[];
}

export class SimulationView implements PolicySimulationView {
  @ApiProperty({ description: 'the version the draft is compared with (the active one)' }) activeVersion: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) draftId: string | null;
  @ApiProperty({ description: 'the version the draft was made from' }) baseVersion: string;
  @ApiProperty({ description: 'the draft was made from an older version: publishing it would be refused' }) staleDraft: boolean;
  @ApiProperty() days: number;
  @ApiProperty({ description: 'inquiries received after this instant were replayed…' }) since: string;
  @ApiProperty({ description: '…up to this one' }) until: string;
  @ApiProperty({ description: 'at most this many inquiries are replayed, the most recent first' }) limit: number;
  @ApiProperty({ description: 'more inquiries were received in the period than were replayed' }) truncated: boolean;
  @ApiProperty() replayed: number;
  @ApiProperty({ description: 'decisions whose target, category or case type would change' }) changed: number;
  @ApiProperty({ description: 'of those, decisions that would go to another queue or agency' }) targetChanged: number;
  @ApiProperty({ type: [TransitionView], description: 'most frequent first' }) transitions: TransitionView[];
  @ApiProperty({ type: [ChangedDecisionExampleView] }) examples: ChangedDecisionExampleView[];
  @ApiProperty({ type: [PolicyProblemView] }) inheritedProblems: PolicyProblemView[];
  @ApiProperty() note: string;
}

export const toVersionSummaryView = (v: PolicyVersionSummary): PolicyVersionSummaryView => ({
  version: v.version,
  isActive: v.isActive,
  publishedAt: v.publishedAt.toISOString(),
  publishedBy: v.publishedBy,
});

export const toDraftSummaryView = (d: PolicyDraftSummary): PolicyDraftSummaryView => ({
  id: d.id,
  baseVersion: d.baseVersion,
  status: d.status,
  createdBy: d.createdBy,
  createdAt: d.createdAt.toISOString(),
  comment: d.comment,
  publishedVersion: d.publishedVersion,
});

export const toAuditEntryView = (a: PolicyAuditEntry): AuditEntryView => ({
  id: a.id,
  at: a.at.toISOString(),
  actor: a.actor,
  action: a.action,
  version: a.version,
  draftId: a.draftId,
  changes: a.changes as PolicyDiffEntry[],
});

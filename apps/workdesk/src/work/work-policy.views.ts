import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { DocumentAuditActions, DocumentDraftStatuses, type DocumentDraftStatus, type Problem } from '@inquiry-router/contracts';
import type { WorkPolicy, WorkPolicyChange } from '@inquiry-router/live-queues';

// What the distribution policy API takes and answers; policies are WorkPolicy documents as they are.

export const PolicyDocumentExample =
  'a partial WorkPolicy, e.g. {"channelWeightMinutes":{"social":120},"queues":{"first-line":{"overflowTo":"second-line"}}}';

export class WorkPolicyDraftRequest {
  @ApiProperty({ type: 'object', additionalProperties: true, description: `the whole document to put in force: ${PolicyDocumentExample}` })
  @IsDefined()
  @IsObject()
  document: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'Social media waits too long at weekends' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class WorkPolicyChangeView implements WorkPolicyChange {
  @ApiProperty({ example: 'queues.first-line.reservationSeconds' }) path: string;
  @ApiProperty({ nullable: true }) before: unknown;
  @ApiProperty({ nullable: true }) after: unknown;
}

export class WorkPolicyProblemView implements Problem {
  @ApiProperty({ example: 'queues.second-line.reservationSeconds' }) path: string;
  @ApiProperty() message: string;
}

export class WorkPolicyVersionView {
  @ApiProperty({ example: '2026-11-24.1' }) version: string;
  @ApiProperty({ description: 'the version in force' }) isActive: boolean;
  @ApiProperty() publishedAt: Date;
  @ApiProperty() publishedBy: string;
}

export class WorkPolicyDraftSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'the version in force when the draft was made' }) baseVersion: string;
  @ApiProperty({ enum: DocumentDraftStatuses }) status: DocumentDraftStatus;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true }) comment: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the version it became' }) publishedVersion: string | null;
}

export class WorkPolicyDraftView extends WorkPolicyDraftSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the document as drafted' }) document: Record<string, unknown>;
  @ApiProperty({ type: [WorkPolicyChangeView], description: 'what it changes in the policy of its base version' })
  changes: WorkPolicyChangeView[];
  @ApiProperty({ type: [WorkPolicyProblemView], description: 'the draft checked now; empty: it can be published' })
  problems: WorkPolicyProblemView[];
  @ApiProperty({ description: 'made from a version no longer in force: publishing it would be refused' }) stale: boolean;
  @ApiPropertyOptional({ nullable: true }) activeVersion: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'the WorkPolicy it would put in force (with the env overrides)' })
  policy: WorkPolicy | null;
}

export class PublishedWorkPolicyView {
  @ApiProperty() version: string;
  @ApiProperty() previousVersion: string;
  @ApiProperty({ format: 'uuid' }) draftId: string;
  @ApiProperty() publishedBy: string;
  @ApiProperty({ type: [WorkPolicyChangeView] }) changes: WorkPolicyChangeView[];
  @ApiProperty({ description: 'the WorkPolicy now in force' }) policy: WorkPolicy;
}

export class WorkPolicyAuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty() at: Date;
  @ApiProperty({ description: 'who' }) actor: string;
  @ApiProperty({ enum: DocumentAuditActions }) action: string;
  @ApiPropertyOptional({ nullable: true, description: 'the version published, or the base of the draft' }) version: string | null;
  @ApiPropertyOptional({ nullable: true }) draftId: string | null;
  @ApiProperty({ type: [WorkPolicyChangeView] }) changes: unknown[];
}

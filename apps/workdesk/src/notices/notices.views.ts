import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ComponentStates,
  NoticeAudiences,
  NoticeEnvironments,
  NoticeKinds,
  NoticeSeverities,
  NoticeStatuses,
  type ComponentState,
  type ComponentStatusView,
  type NoticeAudience,
  type NoticeComponentView,
  type NoticeEnvironment,
  type NoticeKind,
  type NoticeSeverity,
  type NoticeStatus,
  type NoticeTextView,
  type NoticeUpdateView,
  type NoticeView,
  type StatusSummaryView,
  type TechnicalCategory,
} from '@inquiry-router/contracts';
import type { NoticeComponent } from '@inquiry-router/notices';
import type { NoticeRecord } from '@inquiry-router/persistence';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class NoticeTextDoc implements NoticeTextView {
  @ApiProperty({ example: 'Innlogging feiler' }) nb: string;
  @ApiPropertyOptional() nn?: string;
  @ApiPropertyOptional({ example: 'Login fails' }) en?: string;
}

export class NoticeComponentDoc implements NoticeComponentView {
  @ApiProperty({ example: 'login' }) code: string;
  @ApiProperty({ type: NoticeTextDoc }) names: NoticeTextDoc;
  @ApiProperty({ type: [String], example: ['login'], description: 'the inquiry categories its trouble causes' })
  categories: TechnicalCategory[];
}

export class NoticeUpdateDoc implements NoticeUpdateView {
  @ApiProperty({ example: 1, description: '1: the registration' }) sequence: number;
  @ApiProperty({ enum: NoticeStatuses }) status: NoticeStatus;
  @ApiProperty({ type: NoticeTextDoc }) message: NoticeTextDoc;
  @ApiProperty({ type: [String], example: ['expectedEndAt'], description: 'the fields changed besides the status' }) changed: string[];
  @ApiProperty({ example: 'operator' }) changedBy: string;
  @ApiProperty() changedAt: string;
}

export class NoticeDoc implements NoticeView {
  @ApiProperty({ example: 'DRIFT-00001' }) id: string;
  @ApiProperty({ enum: NoticeKinds }) kind: NoticeKind;
  @ApiProperty({ enum: NoticeStatuses }) status: NoticeStatus;
  @ApiProperty({ enum: NoticeSeverities }) severity: NoticeSeverity;
  @ApiProperty({ type: NoticeTextDoc }) title: NoticeTextDoc;
  @ApiProperty({ type: NoticeTextDoc }) description: NoticeTextDoc;
  @ApiProperty({ type: [String], example: ['login'] }) components: string[];
  @ApiProperty({ enum: NoticeEnvironments, isArray: true }) environments: NoticeEnvironment[];
  @ApiProperty({ enum: NoticeAudiences, isArray: true }) audiences: NoticeAudience[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() startsAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) expectedEndAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'set when a status ended it' }) endedAt: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'an update names the version it was made on' }) version: number;
  @ApiProperty({ type: [NoticeUpdateDoc], description: 'oldest first' }) updates: NoticeUpdateDoc[];
}

export class ComponentStatusDoc implements ComponentStatusView {
  @ApiProperty({ example: 'login' }) component: string;
  @ApiProperty({ type: NoticeTextDoc }) names: NoticeTextDoc;
  @ApiProperty({ enum: NoticeEnvironments }) environment: NoticeEnvironment;
  @ApiProperty({ enum: ComponentStates }) state: ComponentState;
  @ApiProperty({ type: [String], description: 'the notices in force on it' }) notices: string[];
}

export class StatusSummaryDoc implements StatusSummaryView {
  @ApiProperty() generatedAt: string;
  @ApiProperty({ type: [ComponentStatusDoc] }) components: ComponentStatusDoc[];
  @ApiProperty({ type: [NoticeDoc], description: 'in force now' }) active: NoticeDoc[];
  @ApiProperty({ type: [NoticeDoc], description: 'announced ahead' }) upcoming: NoticeDoc[];
  @ApiProperty({ type: [NoticeDoc], description: 'ended in the last 30 days' }) recent: NoticeDoc[];
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toNoticeView(n: NoticeRecord): NoticeView {
  return {
    id: n.id,
    kind: n.kind,
    status: n.status,
    severity: n.severity,
    title: n.title,
    description: n.description,
    components: n.components,
    environments: n.environments,
    audiences: n.audiences,
    keywords: n.keywords,
    startsAt: n.startsAt.toISOString(),
    expectedEndAt: iso(n.expectedEndAt),
    endedAt: iso(n.endedAt),
    createdBy: n.createdBy,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    version: n.version,
    updates: n.updates.map((u) => ({
      sequence: u.sequence,
      status: u.status,
      message: u.message,
      changed: u.changed,
      changedBy: u.changedBy,
      changedAt: u.changedAt.toISOString(),
    })),
  };
}

export function toComponentView(c: NoticeComponent): NoticeComponentView {
  return { code: c.code, names: c.names, categories: c.categories as TechnicalCategory[] };
}

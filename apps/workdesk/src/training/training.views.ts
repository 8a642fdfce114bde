import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AdviserUpdateKinds,
  CompetenceAreaKinds,
  CompetenceLevels,
  type AdviserCompetencesView,
  type AdviserUpdateConfirmationsView,
  type AdviserUpdateKind,
  type AdviserUpdateView,
  type CompetenceAreaKind,
  type CompetenceAuditView,
  type CompetenceLevel,
  type CompetenceView,
  type MenteeEscalationView,
  type MyAdviserUpdateView,
} from '@inquiry-router/contracts';
import type {
  AdviserCompetences,
  AdviserUpdateRecord,
  CompetenceAuditRecord,
  CompetenceRecord,
  MenteeEscalationRecord,
} from '@inquiry-router/persistence';
import type { UpdateConfirmations } from './keep-adviser-updates.use-case';

export class CompetenceDoc implements CompetenceView {
  @ApiProperty({ enum: CompetenceAreaKinds }) areaKind: CompetenceAreaKind;
  @ApiProperty({ description: 'a technical category or a queue' }) area: string;
  @ApiProperty({ enum: CompetenceLevels }) level: CompetenceLevel;
  @ApiPropertyOptional({ nullable: true, description: 'a trainee’s mentor there' }) mentor: string | null;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

export class AdviserCompetencesDoc implements AdviserCompetencesView {
  @ApiProperty() adviser: string;
  @ApiProperty({ type: [String], description: 'the queues they take work from' }) lines: string[];
  @ApiProperty({ type: [CompetenceDoc], description: 'none: qualified wherever their queues allow' }) competences: CompetenceDoc[];
}

export class CompetenceAuditDoc implements CompetenceAuditView {
  @ApiProperty() adviser: string;
  @ApiProperty({ enum: CompetenceAreaKinds }) areaKind: CompetenceAreaKind;
  @ApiProperty() area: string;
  @ApiPropertyOptional({ enum: CompetenceLevels, nullable: true, description: 'null: had none' }) fromLevel: CompetenceLevel | null;
  @ApiPropertyOptional({ enum: CompetenceLevels, nullable: true, description: 'null: removed' }) toLevel: CompetenceLevel | null;
  @ApiPropertyOptional({ nullable: true }) fromMentor: string | null;
  @ApiPropertyOptional({ nullable: true }) toMentor: string | null;
  @ApiProperty() changedBy: string;
  @ApiProperty() changedAt: string;
}

export class AdviserUpdateDoc implements AdviserUpdateView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AdviserUpdateKinds }) kind: AdviserUpdateKind;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) queues: string[];
  @ApiProperty() requiredBeforeClaiming: boolean;
  @ApiPropertyOptional({ nullable: true }) agreementVersion: string | null;
  @ApiPropertyOptional({ nullable: true }) incidentId: string | null;
  @ApiProperty() publishedBy: string;
  @ApiProperty() publishedAt: string;
}

export class MyAdviserUpdateDoc extends AdviserUpdateDoc implements MyAdviserUpdateView {
  @ApiPropertyOptional({ nullable: true, description: 'when the caller confirmed it; null: not yet' }) confirmedAt: string | null;
}

class ConfirmationDoc {
  @ApiProperty() adviser: string;
  @ApiProperty() confirmedAt: string;
}

export class AdviserUpdateConfirmationsDoc implements AdviserUpdateConfirmationsView {
  @ApiProperty({ type: AdviserUpdateDoc }) update: AdviserUpdateDoc;
  @ApiProperty({ type: [ConfirmationDoc] }) confirmed: ConfirmationDoc[];
  @ApiProperty({ type: [String], description: 'advisers it reaches who have not confirmed' }) unconfirmed: string[];
}

export class ConfirmedDoc {
  @ApiProperty() confirmedAt: string;
}

export class MenteeEscalationDoc implements MenteeEscalationView {
  @ApiProperty() inquiryId: string;
  @ApiProperty() trainee: string;
  @ApiPropertyOptional({ nullable: true }) category: string | null;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiProperty() note: string;
  @ApiProperty() escalatedAt: string;
}

export const toCompetenceView = (c: CompetenceRecord): CompetenceView => ({
  areaKind: c.areaKind,
  area: c.area,
  level: c.level,
  mentor: c.mentor,
  updatedBy: c.updatedBy,
  updatedAt: c.updatedAt.toISOString(),
});

export const toAdviserCompetencesView = (a: AdviserCompetences): AdviserCompetencesView => ({
  adviser: a.adviser,
  lines: a.lines,
  competences: a.competences.map(toCompetenceView),
});

export const toCompetenceAuditView = (a: CompetenceAuditRecord): CompetenceAuditView => ({
  ...a,
  changedAt: a.changedAt.toISOString(),
});

export const toAdviserUpdateView = (u: AdviserUpdateRecord): AdviserUpdateView => ({
  id: u.id,
  kind: u.kind,
  title: u.title,
  body: u.body,
  categories: u.categories,
  queues: u.queues,
  requiredBeforeClaiming: u.requiredBeforeClaiming,
  agreementVersion: u.agreementVersion,
  incidentId: u.incidentId,
  publishedBy: u.publishedBy,
  publishedAt: u.publishedAt.toISOString(),
});

export const toMyAdviserUpdateView = (u: AdviserUpdateRecord & { confirmedAt: Date | null }): MyAdviserUpdateView => ({
  ...toAdviserUpdateView(u),
  confirmedAt: u.confirmedAt?.toISOString() ?? null,
});

export const toConfirmationsView = (c: UpdateConfirmations): AdviserUpdateConfirmationsView => ({
  update: toAdviserUpdateView(c.update),
  confirmed: c.confirmed.map((x) => ({ adviser: x.adviser, confirmedAt: x.confirmedAt.toISOString() })),
  unconfirmed: c.unconfirmed,
});

export const toMenteeEscalationView = (e: MenteeEscalationRecord): MenteeEscalationView => ({
  ...e,
  escalatedAt: e.escalatedAt.toISOString(),
});

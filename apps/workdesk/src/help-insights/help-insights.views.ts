import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Languages,
  type ClusterSignatureView,
  type ClusterTemplateUseView,
  type ClusterTermView,
  type HelpInsightsReportView,
  type HelpPageMarkReportView,
  type HelpPageMarkView,
  type HelpPageMatchView,
  type HelpPageView,
  type InsightsCategoryView,
  type Language,
  type MarkEffectView,
  type QuestionClusterView,
  type WeekCountView,
} from '@inquiry-router/contracts';
import type { HelpPageMarkRecord, HelpPageRecord } from '@inquiry-router/persistence';

export class HelpPageDoc implements HelpPageView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'https://portal.example/hjelp/logge-inn-med-bankid' }) url: string;
  @ApiProperty({ example: 'Logge inn med BankID' }) title: string;
  @ApiProperty({ enum: Languages }) language: Language;
  @ApiProperty({ type: [String], example: ['bankid', 'innlogging'] }) keywords: string[];
  @ApiProperty({ type: [String], example: ['login'], description: 'the categories it is written for (empty: any)' }) topics: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

class ClusterTermDoc implements ClusterTermView {
  @ApiProperty({ example: 'bankid' }) term: string;
  @ApiProperty({ example: 0.62 }) weight: number;
}

class ClusterSignatureDoc implements ClusterSignatureView {
  @ApiProperty({ example: 'login' }) category: string;
  @ApiProperty({ type: [ClusterTermDoc] }) terms: ClusterTermDoc[];
}

class WeekCountDoc implements WeekCountView {
  @ApiProperty({ example: '2026-W49' }) week: string;
  @ApiProperty() count: number;
}

class HelpPageMatchDoc implements HelpPageMatchView {
  @ApiProperty() helpPageId: string;
  @ApiProperty() url: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: "the share of the cluster's signature the page's title and keywords cover (0–1)" }) score: number;
}

class MarkWindowDoc {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: "contacts resembling the cluster's signature" }) count: number;
  @ApiProperty({ description: "all contacts in the cluster's category" }) categoryCount: number;
}

class MarkEffectDoc implements MarkEffectView {
  @ApiProperty({ description: 'the length of each window: the days asked, or the time since the mark if shorter' }) windowDays: number;
  @ApiProperty({ type: MarkWindowDoc }) before: MarkWindowDoc;
  @ApiProperty({ type: MarkWindowDoc }) after: MarkWindowDoc;
}

export class HelpPageMarkDoc implements HelpPageMarkView {
  @ApiProperty() id: string;
  @ApiProperty({ type: ClusterSignatureDoc }) signature: ClusterSignatureDoc;
  @ApiProperty({ type: [String] }) labels: string[];
  @ApiPropertyOptional({ nullable: true, description: 'null once the page has left the catalogue' }) helpPageId: string | null;
  @ApiPropertyOptional({ nullable: true }) helpPageUrl: string | null;
  @ApiProperty({ enum: ['written', 'changed'] }) change: 'written' | 'changed';
  @ApiPropertyOptional({ nullable: true }) note: string | null;
  @ApiProperty() markedAt: string;
  @ApiProperty() markedBy: string;
}

class HelpPageMarkReportDoc extends HelpPageMarkDoc implements HelpPageMarkReportView {
  @ApiProperty({ type: MarkEffectDoc }) effect: MarkEffectDoc;
  @ApiPropertyOptional({ nullable: true, description: "the period's cluster it is found in again" }) clusterId: string | null;
}

class ContactMeasuresDoc {
  @ApiProperty() count: number;
  @ApiProperty() resolved: number;
  @ApiPropertyOptional({ nullable: true, description: 'of those resolved, the share resolved in the first contact' })
  firstContactShare: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'mean seconds from acceptance to resolve' }) averageHandleSeconds: number | null;
}

class TemplateUseDoc implements ClusterTemplateUseView {
  @ApiProperty() templateId: string;
  @ApiProperty({ example: 'Innlogging med BankID' }) title: string;
  @ApiProperty({ enum: Languages }) language: Language;
  @ApiProperty({ description: 'retired since; its uses still count' }) retired: boolean;
  @ApiProperty({ description: 'answers to the cluster contacts made from it' }) uses: number;
}

class QuestionClusterDoc extends ContactMeasuresDoc implements QuestionClusterView {
  @ApiProperty({ example: 'login:bankid+logg+feilmelding+mobil' }) id: string;
  @ApiProperty({ type: [String] }) labels: string[];
  @ApiProperty({ type: ClusterSignatureDoc }) signature: ClusterSignatureDoc;
  @ApiProperty({ type: [String], description: 'questions nearest its centre, personal data masked' }) examples: string[];
  @ApiProperty({ type: [WeekCountDoc] }) weeks: WeekCountDoc[];
  @ApiPropertyOptional({ type: HelpPageMatchDoc, nullable: true, description: 'null: no page answers it (a gap)' })
  helpPage: HelpPageMatchDoc | null;
  @ApiProperty({ type: [TemplateUseDoc], description: 'the saved answers used on its contacts, most used first' })
  templates: TemplateUseDoc[];
  @ApiProperty({ type: [HelpPageMarkReportDoc] }) marks: HelpPageMarkReportDoc[];
}

class InsightsCategoryDoc extends ContactMeasuresDoc implements InsightsCategoryView {
  @ApiProperty({ example: 'login' }) category: string;
  @ApiProperty({ type: [WeekCountDoc] }) weeks: WeekCountDoc[];
  @ApiProperty({ type: [QuestionClusterDoc] }) clusters: QuestionClusterDoc[];
  @ApiProperty({ description: 'contacts in no cluster' }) unclustered: number;
}

export class HelpInsightsReportDoc extends ContactMeasuresDoc implements HelpInsightsReportView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [String], example: ['2026-W49'] }) weeks: string[];
  @ApiProperty({ type: [InsightsCategoryDoc] }) categories: InsightsCategoryDoc[];
  @ApiProperty({ description: 'clusters no help page answers' }) gaps: number;
  @ApiProperty({ type: [HelpPageMarkReportDoc] }) marks: HelpPageMarkReportDoc[];
}

export function toHelpPageView(record: HelpPageRecord): HelpPageView {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    language: record.language,
    keywords: record.keywords,
    topics: record.topics,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}

export function toMarkView(record: HelpPageMarkRecord): HelpPageMarkView {
  return {
    id: record.id,
    signature: { category: record.category, terms: record.signature },
    labels: record.labels,
    helpPageId: record.helpPageId,
    helpPageUrl: record.helpPageUrl,
    change: record.change,
    note: record.note,
    markedAt: record.markedAt.toISOString(),
    markedBy: record.markedBy,
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AnswerPlaceholders,
  Languages,
  TechnicalCategories,
  type AnswerPlaceholder,
  type AnswerTemplateView,
  type FilledAnswerTemplateView,
  type Language,
  type MissingPlaceholderView,
} from '@inquiry-router/contracts';
import { answerPlaceholdersIn } from '@inquiry-router/answer-templates';
import type { AnswerTemplateRecord } from '@inquiry-router/persistence';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class AnswerTemplateDoc implements AnswerTemplateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Innlogging med BankID feiler' }) title: string;
  @ApiProperty({ enum: Languages }) language: Language;
  @ApiProperty({ example: 'Hei {name}!\n\nSe {helpPage}.\n\nHilsen {adviser}' }) body: string;
  @ApiPropertyOptional({ enum: TechnicalCategories, nullable: true, type: String }) category: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) helpPageUrl: string | null;
  @ApiProperty({ enum: AnswerPlaceholders, isArray: true, description: 'the placeholders its body uses, in order' })
  placeholders: AnswerPlaceholder[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) retiredAt: string | null;
}

export class MissingPlaceholderDoc implements MissingPlaceholderView {
  @ApiProperty({ enum: AnswerPlaceholders }) placeholder: AnswerPlaceholder;
  @ApiProperty({ example: 'the inquirer gave no name' }) reason: string;
}

export class FilledAnswerTemplateDoc implements FilledAnswerTemplateView {
  @ApiProperty({ format: 'uuid' }) templateId: string;
  @ApiProperty() inquiryId: string;
  @ApiProperty({ description: 'the template filled for the inquiry; a placeholder without a value is left as written' }) text: string;
  @ApiProperty({ type: [MissingPlaceholderDoc], description: 'the placeholders left unfilled, and why' })
  missing: MissingPlaceholderDoc[];
}

export function toAnswerTemplateView(t: AnswerTemplateRecord): AnswerTemplateView {
  return {
    id: t.id,
    title: t.title,
    language: t.language,
    body: t.body,
    category: t.category,
    helpPageUrl: t.helpPageUrl,
    placeholders: answerPlaceholdersIn(t.body),
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy,
    retiredAt: t.retiredAt?.toISOString() ?? null,
  };
}

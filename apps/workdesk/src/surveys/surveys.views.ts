import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SatisfactionFiguresView, SatisfactionReportView, SurveyCommentsView, SurveyCommentView } from '@inquiry-router/contracts';

export class SatisfactionFiguresDoc implements SatisfactionFiguresView {
  @ApiPropertyOptional({ nullable: true, description: 'the queue, channel, category or adviser; null: none' }) key: string | null;
  @ApiProperty({ description: 'inquiries resolved in the period' }) resolved: number;
  @ApiProperty() surveysSent: number;
  @ApiProperty() answers: number;
  @ApiPropertyOptional({ nullable: true, description: 'mean score 1–5; null without answers' }) averageScore: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'answers per survey sent (0–1)' }) responseRate: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'received → first accepted, seconds' }) medianWaitSeconds: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'received → first accepted, seconds' }) averageWaitSeconds: number | null;
}

export class SatisfactionReportDoc implements SatisfactionReportView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: SatisfactionFiguresDoc }) total: SatisfactionFiguresDoc;
  @ApiProperty({ type: [SatisfactionFiguresDoc] }) byQueue: SatisfactionFiguresDoc[];
  @ApiProperty({ type: [SatisfactionFiguresDoc] }) byChannel: SatisfactionFiguresDoc[];
  @ApiProperty({ type: [SatisfactionFiguresDoc] }) byCategory: SatisfactionFiguresDoc[];
  @ApiProperty({ type: [SatisfactionFiguresDoc] }) byAdviser: SatisfactionFiguresDoc[];
}

export class SurveyCommentDoc implements SurveyCommentView {
  @ApiProperty() inquiryId: string;
  @ApiProperty() answeredAt: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) score: number;
  @ApiProperty({ description: 'emails, phone and national identity numbers masked' }) comment: string;
  @ApiPropertyOptional({ nullable: true }) queue: string | null;
  @ApiProperty() channel: string;
  @ApiPropertyOptional({ nullable: true }) category: string | null;
  @ApiPropertyOptional({ nullable: true }) adviser: string | null;
}

export class SurveyCommentsDoc implements SurveyCommentsView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [SurveyCommentDoc] }) items: SurveyCommentDoc[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MaxSurveyCommentLength } from '@inquiry-router/surveys';
import { ListLimit } from '@inquiry-router/runtime';

/** Tokens are ~120 characters; anything much longer is not one. */
const TokenShape = /^[A-Za-z0-9._-]{1,200}$/;

export class SurveyLinkQuery {
  @ApiProperty({ description: 'the token of the link in the survey message' })
  @IsString()
  @Matches(TokenShape, { message: 'token must be the token of a survey link' })
  token: string;
}

/** The public page's form (or JSON): the score and an optional comment. */
export class SurveyAnswerRequest {
  @ApiProperty({ description: 'the token of the link in the survey message' })
  @IsString()
  @Matches(TokenShape, { message: 'token must be the token of a survey link' })
  token: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: '1 very dissatisfied … 5 very satisfied' })
  @Type(() => Number)
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  @Min(1, { message: 'score must be a whole number from 1 to 5' })
  @Max(5, { message: 'score must be a whole number from 1 to 5' })
  score: number;

  @ApiPropertyOptional({ maxLength: MaxSurveyCommentLength })
  @IsOptional()
  @IsString()
  @MaxLength(MaxSurveyCommentLength, { message: `comment must be at most ${MaxSurveyCommentLength} characters` })
  comment?: string;
}

const DayMs = 86_400_000;

/** A period of the dashboard: [from, to), 30 days back to now by default, at most a year. */
export class SatisfactionPeriodQuery {
  @ApiPropertyOptional({ description: 'ISO 8601; default 30 days before `to`' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date or time' })
  from?: Date;

  @ApiPropertyOptional({ description: 'ISO 8601, exclusive; default now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date or time' })
  to?: Date;

  /** The period asked for, or why it is not one. */
  period(now: Date): { from: Date; to: Date } | string {
    const to = this.to ?? now;
    const from = this.from ?? new Date(to.getTime() - 30 * DayMs);
    if (from >= to) return 'from must be before to';
    if (to.getTime() - from.getTime() > 366 * DayMs) return 'the period may be at most a year';
    return { from, to };
  }
}

export class SurveyCommentsQuery extends SatisfactionPeriodQuery {
  @ListLimit({ max: 500, default: 100 })
  limit: number;
}

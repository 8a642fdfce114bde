import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { InquiryIdPattern, type InquirerMerge, type InquirerSplit, type LinkSuggestionDecision } from '@inquiry-router/contracts';
import { ListLimit, Trimmed } from '@inquiry-router/runtime';

/** Why an adviser links or unlinks, kept in the person's audit: 1 to 1000 characters, trimmed. */
const Note = () => applyDecorators(Length(1, 1000), IsString(), Trimmed());

export class MergeInquirersRequest implements InquirerMerge {
  @ApiProperty({
    example: 'IR-ABCDEFGH2345',
    description: "an inquiry of the person who joins this inquiry's person: every inquiry of theirs moves",
  })
  @IsString()
  @Matches(InquiryIdPattern, { message: 'otherInquiryId must be an inquiry id' })
  otherInquiryId: string;

  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'The same person: the caller confirmed the email address.' })
  @Note()
  note: string;
}

export class SplitInquirerRequest implements InquirerSplit {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'Another person with the same shared family address.' })
  @Note()
  note: string;
}

export class DecideSuggestionRequest implements LinkSuggestionDecision {
  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @IsOptional()
  @Note()
  note?: string;
}

export class InquirerLogQuery {
  @ListLimit({ max: 500, default: 100 })
  limit: number;
}

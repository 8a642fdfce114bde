import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import {
  AnswerPlaceholders,
  type AnswerTemplateDraft,
  IsHttpUrl,
  Languages,
  TechnicalCategories,
  type Language,
  type TechnicalCategory,
} from '@inquiry-router/contracts';
import { Trimmed } from '@inquiry-router/runtime';

/** An empty value from a form means none. */
const emptyIsNone = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value));

const placeholderList = AnswerPlaceholders.map((p) => `{${p}}`).join(', ');

/** What an editor writes of a template, new or changed. */
export class AnswerTemplateRequest implements AnswerTemplateDraft {
  @ApiProperty({ example: 'Innlogging med BankID feiler', minLength: 1, maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: Languages, description: 'the language the answer is written in' })
  @IsIn(Languages)
  language: Language;

  @ApiProperty({
    description: `the answer's text; it may use the placeholders ${placeholderList} (any other is refused)`,
    example: 'Hei {name}!\n\nSe {helpPage}.\n\nHilsen {adviser}, brukerservice (sak {reference})',
    minLength: 1,
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  body: string;

  @ApiPropertyOptional({ enum: TechnicalCategories, nullable: true, description: 'the technical category it answers, if one' })
  @emptyIsNone()
  @IsOptional()
  @IsIn(TechnicalCategories)
  category?: TechnicalCategory | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'https://info.altinn.example/hjelp/innlogging/',
    description: 'the help page it comes from',
  })
  @emptyIsNone()
  @IsOptional()
  @MaxLength(2000)
  @IsHttpUrl()
  helpPageUrl?: string | null;
}

const booleanQuery = () => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Which templates to list. */
export class AnswerTemplateListQuery {
  @ApiPropertyOptional({ enum: Languages }) @IsOptional() @IsIn(Languages) language?: Language;
  @ApiPropertyOptional({ enum: TechnicalCategories }) @IsOptional() @IsIn(TechnicalCategories) category?: TechnicalCategory;
  @ApiPropertyOptional({ default: false, description: 'the retired templates too (editors)' })
  @IsOptional()
  @booleanQuery()
  @IsBoolean()
  includeRetired?: boolean;
}

/** Which templates to offer for an inquiry: the inquiry's language and category come first. */
export class InquiryTemplateQuery {
  @ApiPropertyOptional({ enum: Languages }) @IsOptional() @IsIn(Languages) language?: Language;
  @ApiPropertyOptional({ enum: TechnicalCategories }) @IsOptional() @IsIn(TechnicalCategories) category?: TechnicalCategory;
}

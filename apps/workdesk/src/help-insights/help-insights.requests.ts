import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { type ClusterTermView, Languages, type Language, type NewHelpPage, type NewHelpPageMark } from '@inquiry-router/contracts';
import { Trimmed } from '@inquiry-router/runtime';

const trimmedEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
  );
/** A category as the decisions name it: a technical category, or `agency:<code>` for an agency's matters. */
const category = /^[a-z0-9:-]{2,40}$/;

const Keywords = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(40, { message: 'keywords: at most 40' }),
    IsString({ each: true }),
    Length(1, 80, { each: true, message: 'each keyword must be 1 to 80 characters' }),
    trimmedEach(),
  );
const Topics = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(20, { message: 'topics: at most 20' }),
    Matches(category, { each: true, message: 'each topic must be a category (e.g. login, agency:skd)' }),
  );
const Url = () =>
  applyDecorators(
    IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'url must be an http(s) address' }),
    Length(1, 2000),
    Trimmed(),
  );

export class CreateHelpPageRequest implements NewHelpPage {
  @ApiProperty({ example: 'https://portal.example/hjelp/logge-inn-med-bankid' })
  @Url()
  url: string;

  @ApiProperty({ example: 'Logge inn med BankID', minLength: 1, maxLength: 300 })
  @IsString()
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  @Trimmed()
  title: string;

  @ApiProperty({ enum: Languages })
  @IsIn(Languages, { message: `language must be one of ${Languages.join(', ')}` })
  language: Language;

  @ApiPropertyOptional({ type: [String], example: ['bankid', 'innlogging'], description: 'words people use for what the page answers' })
  @IsOptional()
  @Keywords()
  keywords?: string[];

  @ApiPropertyOptional({ type: [String], example: ['login'], description: 'the inquiry categories it is written for (empty: any)' })
  @IsOptional()
  @Topics()
  topics?: string[];
}

export class UpdateHelpPageRequest {
  @ApiPropertyOptional() @IsOptional() @Url() url?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IsOptional()
  @IsString()
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  @Trimmed()
  title?: string;

  @ApiPropertyOptional({ enum: Languages })
  @IsOptional()
  @IsIn(Languages, { message: `language must be one of ${Languages.join(', ')}` })
  language?: Language;

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @Keywords() keywords?: string[];

  @ApiPropertyOptional({ type: [String] }) @IsOptional() @Topics() topics?: string[];
}

export class ReportPeriodQuery {
  @ApiPropertyOptional({
    example: '2026-11-30T00:00:00+01:00',
    description: 'start (ISO 8601); default: the last full ISO week, Oslo time',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-07T00:00:00+01:00', description: 'end, not included (ISO 8601); default: a week after from' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}

export class ClusterTermRequest implements ClusterTermView {
  @ApiProperty({ example: 'bankid' })
  @IsString()
  @Length(1, 60)
  term: string;

  @ApiProperty({ example: 0.62 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  weight: number;
}

export class MarkHelpPageRequest implements NewHelpPageMark {
  @ApiProperty({ example: 'login', description: "the cluster's category" })
  @Matches(category, { message: 'category must be a category (e.g. login, agency:skd)' })
  category: string;

  @ApiProperty({ type: [ClusterTermRequest], description: "the cluster's signature, as the report gives it" })
  @IsArray()
  @ArrayMinSize(1, { message: 'signature must have at least one term' })
  @ArrayMaxSize(20, { message: 'signature: at most 20 terms' })
  @ValidateNested({ each: true })
  @Type(() => ClusterTermRequest)
  signature: ClusterTermRequest[];

  @ApiPropertyOptional({ type: [String], example: ['bankid', 'logget'], description: 'the words the cluster is shown by' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  labels?: string[];

  @ApiProperty({ description: 'the help page written or changed' })
  @IsUUID('all', { message: 'helpPageId must be a UUID' })
  helpPageId: string;

  @ApiProperty({ enum: ['written', 'changed'] })
  @IsIn(['written', 'changed'], { message: 'change must be written or changed' })
  change: 'written' | 'changed';

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  @Trimmed()
  note?: string;

  @ApiPropertyOptional({ description: 'when the page was published (ISO 8601); default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'markedAt must be an ISO 8601 time' })
  markedAt?: string;
}

import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AgencyCodePattern, type Channel, Channels, InquiryIdPattern } from '@inquiry-router/contracts';
import { InquiryStatuses } from '@inquiry-router/inquiry';
import { Trimmed } from '@inquiry-router/runtime';

/** A comma-separated list (`status=queued,claimed`), or the parameter repeated. */
const list = ({ value }: { value: unknown }): unknown[] =>
  (Array.isArray(value) ? (value as unknown[]) : [value])
    .flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',').map((part) => part.trim()) : [v]))
    .filter((v) => v !== '');

/**
 * A filter naming some of `values`, as a list (see `list`). The checks are listed in the order
 * stacked property decorators take effect (the lowest first), so a refusal gives its reasons in that order.
 */
const SomeOf = (values: readonly string[], example: string) =>
  applyDecorators(
    IsIn(values, { each: true, message: `$property must be among ${values.join(', ')}` }),
    ArrayMaxSize(values.length),
    Transform(list),
    IsOptional(),
    ApiPropertyOptional({ description: `comma-separated, of ${values.join(', ')}`, example }),
  );

export const MaxPageSize = 100;
/** The page size when the query gives none. */
export const DefaultPageSize = 25;

/** `GET /api/inquiries/search`: every criterion given must hold; none given lists every inquiry the caller may see. */
export class InquirySearchQuery {
  @ApiPropertyOptional({
    description: 'words of the subject or body (each a word or the start of one; all must be there)',
    example: 'bankid innlogging',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'an inquiry reference (IR-…, exact) or a service-desk case (SD-…: the inquiry it was registered for)',
    example: 'IR-ABCDEFGH2345',
  })
  @IsOptional()
  @Trimmed()
  @Matches(InquiryIdPattern, { message: 'reference must be an inquiry reference (IR-…) or a case number (SD-…)' })
  reference?: string;

  @ApiPropertyOptional({
    description:
      'the sender: an email address or phone number (as any of their inquiries carries it), @account, or part of a name (any case)',
    example: 'kari.nordmann@example.no',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(320)
  sender?: string;

  @SomeOf(InquiryStatuses, 'queued,claimed')
  status?: string[];

  @ApiPropertyOptional({ description: 'the queue it waits or waited in', example: 'first-line' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'queue must be a queue name such as first-line' })
  queue?: string;

  @ApiPropertyOptional({ description: 'the agency it was forwarded to', example: 'skd' })
  @IsOptional()
  @Matches(AgencyCodePattern, { message: 'agency must be an agency code such as skd' })
  agency?: string;

  @SomeOf(Channels, 'email')
  channel?: Channel[];

  @ApiPropertyOptional({ description: 'received at or after (ISO 8601; a date alone: its start in Norway)', example: '2026-12-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ description: 'received before (ISO 8601; a date alone: up to its end in Norway)', example: '2026-12-05' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MaxPageSize, default: DefaultPageSize })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MaxPageSize)
  pageSize?: number;
}

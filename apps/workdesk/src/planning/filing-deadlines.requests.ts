import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { AgencyCodePattern, type Channel, Channels, type FilingDeadlineChange, type NewFilingDeadline } from '@inquiry-router/contracts';
import { ListLimit } from '@inquiry-router/runtime';
import { LocalDateRangeQuery } from '../local-date-range.query';

const RuleDescription =
  'when it falls: `{kind: "yearly", month, day}` (day 1–31 or "last": "the last day of February"), or ' +
  '`{kind: "monthly", day, months?}` (day N of every month, or of the listed months: every other month is [2, 4, 6, 8, 10, 12]); ' +
  'with `moveTo: "next-working-day"` a date on a weekend or Norwegian public holiday moves to the next working day';

/**
 * A new deadline in the calendar. Its rule stays any object until the domain reads it (refusing with
 * the reason), so only the other fields are held to the contract.
 */
export class CreateFilingDeadlineRequest implements Omit<NewFilingDeadline, 'rule'> {
  @ApiProperty({ example: 'skd', description: 'agency code of the routing policy in force' })
  @IsString()
  @Matches(AgencyCodePattern, { message: 'agency must be an agency code (2–20 lower-case letters, digits, -)' })
  agency: string;

  @ApiProperty({ example: 'a-melding', description: 'the form or service' })
  @IsString()
  @IsNotEmpty({ message: 'name must name the form or service' })
  @MaxLength(200)
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { kind: 'monthly', day: 5, moveTo: 'next-working-day' },
    description: RuleDescription,
  })
  @IsObject({ message: 'rule must be an object (kind, month?, day, months?, moveTo?)' })
  rule: Record<string, unknown>;

  @ApiProperty({ enum: Channels, isArray: true, example: ['phone', 'email'], description: 'the channels whose volume rises before it' })
  @IsArray()
  @ArrayNotEmpty({ message: 'channels must name at least one channel' })
  @IsIn(Channels, { each: true, message: `each channel must be one of ${Channels.join(', ')}` })
  channels: Channel[];

  @ApiPropertyOptional({ example: 'Employers report pay and tax deductions for the month before.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** A change: the fields given replace the deadline's; those left out stay. */
export class UpdateFilingDeadlineRequest implements Omit<FilingDeadlineChange, 'rule'> {
  @ApiPropertyOptional({ example: 'skd' })
  @IsOptional()
  @IsString()
  @Matches(AgencyCodePattern, { message: 'agency must be an agency code (2–20 lower-case letters, digits, -)' })
  agency?: string;

  @ApiPropertyOptional({ example: 'a-melding' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'name must name the form or service' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: RuleDescription })
  @IsOptional()
  @IsObject({ message: 'rule must be an object (kind, month?, day, months?, moveTo?)' })
  rule?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: Channels, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty({ message: 'channels must name at least one channel' })
  @IsIn(Channels, { each: true, message: `each channel must be one of ${Channels.join(', ')}` })
  channels?: Channel[];

  @ApiPropertyOptional({ description: 'false deactivates it (as POST …/deactivate), true brings it back' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'null removes the notes' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class DeadlineRangeQuery extends LocalDateRangeQuery({
  fromExample: '2026-04-01',
  toExample: '2026-06-30',
  toReach: 'default: from + 89 days; at most 731 days after from',
}) {
  @ApiPropertyOptional({ description: 'list deactivated deadlines too (they have no occurrences)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeInactive must be true or false' })
  includeInactive?: boolean;
}

export class DeadlineAuditQuery {
  @ApiPropertyOptional({ description: 'only the changes of this deadline' })
  @IsOptional()
  @IsUUID('all', { message: 'deadline must be a deadline id (UUID)' })
  deadline?: string;

  @ListLimit({ max: 1000, default: 100 })
  limit: number;
}

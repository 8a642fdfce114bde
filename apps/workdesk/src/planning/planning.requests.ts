import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { type Channel, Channels, LocalDatePattern, LocalTimePattern } from '@inquiry-router/contracts';
import { LocalDateRangeQuery } from '../local-date-range.query';

export class PlanningSpanQuery extends LocalDateRangeQuery({
  fromExample: '2025-02-03',
  toExample: '2025-02-16',
  toReach: 'default: from + 13 days; at most 62 days in all',
}) {}

export class PlanningDayQuery {
  @ApiProperty({ example: '2025-02-04', description: 'the local date to simulate' })
  @Matches(LocalDatePattern, { message: 'date must be YYYY-MM-DD' })
  date: string;
}

/** A planned shift: the adviser, the date and local times, and what the adviser may take in it. */
export class RosterShiftRequest {
  @ApiProperty({ example: 'adviser', description: 'the adviser’s user name on the adviser register' })
  @IsString()
  @Matches(/^\S{1,100}$/, { message: 'adviserId must be a user name' })
  adviserId: string;

  @ApiProperty({ example: '2025-02-04' })
  @Matches(LocalDatePattern, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: '08:00', description: 'local HH:mm, before `to`' })
  @Matches(LocalTimePattern, { message: 'from must be HH:mm' })
  from: string;

  @ApiProperty({ example: '15:30', description: 'local HH:mm (24:00: midnight)' })
  @Matches(LocalTimePattern, { message: 'to must be HH:mm' })
  to: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['first-line'],
    description: 'queues the adviser may take in the shift (default: none named: any)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  queues?: string[];

  @ApiPropertyOptional({ enum: Channels, isArray: true, example: ['phone', 'email'], description: 'default: every channel' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(Channels, { each: true, message: `each channel must be one of ${Channels.join(', ')}` })
  channels?: Channel[];

  @ApiPropertyOptional({ type: [String], example: ['nb', 'en'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  languages?: string[];
}

export class PlanningSettingsRequest {
  @ApiProperty({ example: 0.3, description: 'share of paid time not spent handling contacts: at least 0, below 0.9' })
  @IsNumber({}, { message: 'shrinkage must be a number' })
  @Min(0, { message: 'shrinkage must be at least 0' })
  @Max(0.89, { message: 'shrinkage must be below 0.9' })
  shrinkage: number;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 40,
    description: 'the most advisers that can be rostered in a half-hour; null: everyone on the register',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: 'maxAdvisers must be a whole number' })
  @Min(1, { message: 'maxAdvisers must be at least 1' })
  @Max(10_000)
  maxAdvisers?: number | null;
}

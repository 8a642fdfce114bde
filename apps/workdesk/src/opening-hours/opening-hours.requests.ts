import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  type Channel,
  Channels,
  LocalDatePattern,
  LocalTimePattern,
  type OpeningExceptionOrder,
  type QueueName,
  QueueNames,
} from '@inquiry-router/contracts';
import { ServiceLevelUnits, type ServiceLevelUnit } from '@inquiry-router/opening-hours';
import { LocalDateRangeQuery } from '../local-date-range.query';

/** A supervisor's order: extended hours (e.g. before a filing deadline) or a closure, on one Oslo date. */
export class OrderOpeningExceptionRequest implements OpeningExceptionOrder {
  @ApiProperty({
    enum: ['extended', 'closed'],
    description: 'extended: open during these hours too (wins over holidays and normal hours); closed: closed then (wins over everything)',
  })
  @IsIn(['extended', 'closed'], { message: 'kind must be "extended" or "closed"' })
  kind: 'extended' | 'closed';

  @ApiProperty({ example: '2026-04-30', description: 'local date in Europe/Oslo' })
  @Matches(LocalDatePattern, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiPropertyOptional({
    example: '15:30',
    description: 'HH:mm Oslo time; required for extended hours; a closure without times closes the whole day',
  })
  @IsOptional()
  @Matches(LocalTimePattern, { message: 'opens must be HH:mm (00:00–24:00)' })
  opens?: string;

  @ApiPropertyOptional({ example: '20:00' })
  @IsOptional()
  @Matches(LocalTimePattern, { message: 'closes must be HH:mm (00:00–24:00)' })
  closes?: string;

  @ApiProperty({ example: 'Skattemeldingen: frist 30. april' })
  @IsString()
  @IsNotEmpty({ message: 'reason must say why (e.g. the filing deadline)' })
  @MaxLength(500)
  reason: string;
}

export class DateRangeQuery extends LocalDateRangeQuery({
  fromExample: '2026-04-01',
  toExample: '2026-04-14',
  toReach: 'default: from + 13 days; at most 366 days after from',
}) {}

/** A supervisor sets the service-level target of a queue (or `*`: every queue without its own) and channel. */
export class SetServiceLevelTargetRequest {
  @ApiProperty({ enum: ['*', ...QueueNames], example: '*', description: '"*": every queue that has no target of its own' })
  @IsIn(['*', ...QueueNames], { message: `queue must be "*" or one of ${QueueNames.join(', ')}` })
  queue: '*' | QueueName;

  @ApiProperty({ enum: Channels, example: 'phone' })
  @IsIn(Channels, { message: `channel must be one of ${Channels.join(', ')}` })
  channel: Channel;

  @ApiProperty({ example: 60, description: 'answered within this many units of opening time' })
  @IsNumber({}, { message: 'within must be a number' })
  @IsPositive({ message: 'within must be above 0' })
  within: number;

  @ApiProperty({ enum: ServiceLevelUnits, example: 'seconds' })
  @IsIn(ServiceLevelUnits, { message: `unit must be one of ${ServiceLevelUnits.join(', ')}` })
  unit: ServiceLevelUnit;

  @ApiProperty({ example: 0.8, description: 'the share that must be answered within the target: above 0, at most 1 (0.8 = 80 %)' })
  @IsNumber({}, { message: 'share must be a number (a fraction: 0.8 = 80 %)' })
  @IsPositive({ message: 'share must be above 0 (a fraction: 0.8 = 80 %)' })
  @Max(1, { message: 'share must be at most 1 (a fraction: 0.8 = 80 %, not 80)' })
  share: number;

  @ApiPropertyOptional({ example: 0.2, description: 'warn when this share of the target is left (default 0.2; at least 0, below 1)' })
  @IsOptional()
  @IsNumber({}, { message: 'warnFraction must be a number' })
  @Min(0, { message: 'warnFraction must be at least 0' })
  @Max(0.999, { message: 'warnFraction must be below 1' })
  warnFraction?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const localDate = /^\d{4}-\d{2}-\d{2}$/;
const localTime = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** A supervisor's order: extended hours (e.g. before a filing deadline) or a closure, on one Oslo date. */
export class OrderOpeningExceptionRequest {
  @ApiProperty({
    enum: ['extended', 'closed'],
    description: 'extended: open during these hours too (wins over holidays and normal hours); closed: closed then (wins over everything)',
  })
  @IsIn(['extended', 'closed'], { message: 'kind must be "extended" or "closed"' })
  kind: 'extended' | 'closed';

  @ApiProperty({ example: '2026-04-30', description: 'local date in Europe/Oslo' })
  @Matches(localDate, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiPropertyOptional({
    example: '15:30',
    description: 'HH:mm Oslo time; required for extended hours; a closure without times closes the whole day',
  })
  @IsOptional()
  @Matches(localTime, { message: 'opens must be HH:mm (00:00–24:00)' })
  opens?: string;

  @ApiPropertyOptional({ example: '20:00' })
  @IsOptional()
  @Matches(localTime, { message: 'closes must be HH:mm (00:00–24:00)' })
  closes?: string;

  @ApiProperty({ example: 'Skattemeldingen: frist 30. april' })
  @IsString()
  @IsNotEmpty({ message: 'reason must say why (e.g. the filing deadline)' })
  @MaxLength(500)
  reason: string;
}

export class DateRangeQuery {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'first local date (default: today in Oslo)' })
  @IsOptional()
  @Matches(localDate, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-04-14',
    description: 'last local date, inclusive (default: from + 13 days; at most 366 days after from)',
  })
  @IsOptional()
  @Matches(localDate, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

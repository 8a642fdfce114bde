import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LocalDatePattern } from '@inquiry-router/contracts';

/**
 * The `from`–`to` query of local dates that the calendars take (opening hours, planning, filing
 * deadlines): both optional, `from` today by default. Each names, in its documentation, its
 * examples and how far `to` reaches by default and at most.
 */
export function LocalDateRangeQuery(docs: { fromExample: string; toExample: string; toReach: string }) {
  class LocalDateRange {
    @ApiPropertyOptional({ example: docs.fromExample, description: 'first local date (default: today in Oslo)' })
    @IsOptional()
    @Matches(LocalDatePattern, { message: 'from must be YYYY-MM-DD' })
    from?: string;

    @ApiPropertyOptional({ example: docs.toExample, description: `last local date, inclusive (${docs.toReach})` })
    @IsOptional()
    @Matches(LocalDatePattern, { message: 'to must be YYYY-MM-DD' })
    to?: string;
  }
  return LocalDateRange;
}

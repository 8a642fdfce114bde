import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { NoticeIdPattern, type IncidentSuggestionConfirmation } from '@inquiry-router/contracts';

export const SuggestionStatusFilters = ['open', 'confirmed', 'dismissed', 'all'] as const;
export type SuggestionStatusFilter = (typeof SuggestionStatusFilters)[number];

export class ListIncidentSuggestionsQuery {
  @ApiPropertyOptional({ enum: SuggestionStatusFilters, default: 'open' })
  @IsOptional()
  @IsIn(SuggestionStatusFilters, { message: `status must be one of ${SuggestionStatusFilters.join(', ')}` })
  status?: SuggestionStatusFilter;
}

export class ConfirmIncidentSuggestionRequest implements IncidentSuggestionConfirmation {
  @ApiProperty({ example: 'DRIFT-00001', description: 'the incident the operator registered for the rise' })
  @IsString()
  @Matches(NoticeIdPattern, { message: 'noticeId must be a notice id such as DRIFT-00001' })
  noticeId: string;
}

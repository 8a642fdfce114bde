import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TechnicalCategories, type IncidentSuggestionView, type TechnicalCategory } from '@inquiry-router/contracts';
import type { IncidentSuggestionRecord } from '@inquiry-router/persistence';

// Documents the answer in OpenAPI; implements the contract the console reads.
export class IncidentSuggestion implements IncidentSuggestionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: TechnicalCategories }) category: TechnicalCategory;
  @ApiProperty({ description: 'the window the contacts were counted in (the latest while the rise goes on)' }) windowStart: string;
  @ApiProperty() windowEnd: string;
  @ApiProperty({ description: 'contacts of the category in the window' }) observed: number;
  @ApiProperty({ description: 'the mean of the same weekday and clock window in earlier weeks' }) expected: number;
  @ApiProperty({ description: 'observed / expected (observed itself when nothing was expected)' }) ratio: number;
  @ApiProperty({ type: [String], description: 'a few of the window’s texts, personal data masked, about 200 characters each' })
  examples: string[];
  @ApiProperty({ enum: ['open', 'confirmed', 'dismissed'] }) status: 'open' | 'confirmed' | 'dismissed';
  @ApiPropertyOptional({ nullable: true, description: 'the incident registered for it, when confirmed' }) noticeId: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true }) decidedBy: string | null;
  @ApiPropertyOptional({ nullable: true }) decidedAt: string | null;
}

export function toIncidentSuggestionView(s: IncidentSuggestionRecord): IncidentSuggestion {
  return {
    id: s.id,
    category: s.category as TechnicalCategory,
    windowStart: s.windowStart.toISOString(),
    windowEnd: s.windowEnd.toISOString(),
    observed: s.observed,
    expected: Math.round(s.expected * 100) / 100,
    ratio: Math.round((s.expected > 0 ? s.observed / s.expected : s.observed) * 100) / 100,
    examples: s.examples,
    status: s.status,
    noticeId: s.noticeId,
    createdAt: s.createdAt.toISOString(),
    decidedBy: s.decidedBy,
    decidedAt: s.decidedAt?.toISOString() ?? null,
  };
}

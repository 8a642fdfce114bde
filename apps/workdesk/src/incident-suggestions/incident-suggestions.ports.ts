import type {
  CategoryWindowCounts,
  CountWindow,
  IncidentSuggestionRecord,
  IncidentSuggestionStatus,
  ObservedRise,
  SuggestionDecision,
} from '@inquiry-router/persistence';

/** The contacts per technical category in windows of received time, and a few masked example texts. */
export abstract class ContactCounts {
  abstract countsByCategory(windows: readonly CountWindow[]): Promise<CategoryWindowCounts[]>;
  abstract examples(window: CountWindow, categories: readonly string[], perCategory: number): Promise<Map<string, string[]>>;
}

/** The suggested incidents: one open per category, confirmed or dismissed by an operator. */
export abstract class IncidentSuggestionStore {
  abstract recordRise(rise: ObservedRise): Promise<{ suggestion: IncidentSuggestionRecord; created: boolean }>;
  abstract lastDecidedAt(category: string): Promise<Date | null>;
  abstract list(status: IncidentSuggestionStatus | 'all', limit?: number): Promise<IncidentSuggestionRecord[]>;
  abstract decide(
    id: string,
    decision: { status: 'confirmed'; noticeId: string } | { status: 'dismissed' },
    actor: string,
    at: Date,
  ): Promise<SuggestionDecision>;
}

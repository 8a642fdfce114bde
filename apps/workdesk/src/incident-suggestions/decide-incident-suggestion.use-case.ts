import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@inquiry-router/runtime';
import type { IncidentSuggestionRecord } from '@inquiry-router/persistence';
import { IncidentSuggestionStore } from './incident-suggestions.ports';
import { IncidentSuggestionAlreadyDecided, IncidentSuggestionNotFound, UnknownNotice } from './incident-suggestion-errors';

/**
 * An operator confirms a suggested incident, naming the notice they registered for it, or
 * dismisses it; who and when are kept. Decided once: deciding it again is a conflict.
 */
@Injectable()
export class DecideIncidentSuggestion {
  private readonly log = new Logger(DecideIncidentSuggestion.name);

  constructor(
    private readonly suggestions: IncidentSuggestionStore,
    private readonly clock: Clock,
  ) {}

  confirm(id: string, noticeId: string, actor: string): Promise<IncidentSuggestionRecord> {
    return this.decide(id, { status: 'confirmed', noticeId }, actor);
  }

  dismiss(id: string, actor: string): Promise<IncidentSuggestionRecord> {
    return this.decide(id, { status: 'dismissed' }, actor);
  }

  private async decide(
    id: string,
    decision: { status: 'confirmed'; noticeId: string } | { status: 'dismissed' },
    actor: string,
  ): Promise<IncidentSuggestionRecord> {
    const result = await this.suggestions.decide(id, decision, actor, this.clock.now());
    switch (result.outcome) {
      case 'not-found':
        throw new IncidentSuggestionNotFound(id);
      case 'unknown-notice':
        throw new UnknownNotice(decision.status === 'confirmed' ? decision.noticeId : '');
      case 'already-decided':
        throw new IncidentSuggestionAlreadyDecided(id, result.suggestion.status);
      case 'decided': {
        const s = result.suggestion;
        this.log.log(
          { suggestionId: s.id, category: s.category, status: s.status, noticeId: s.noticeId, actor },
          `incident suggestion ${s.status}`,
        );
        return s;
      }
    }
  }
}

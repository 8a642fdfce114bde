import { Injectable, Logger } from '@nestjs/common';
import { categoryRises, mayBeSuggestedAgain, riseWindows } from '@inquiry-router/notices';
import type { IncidentSuggestionRecord } from '@inquiry-router/persistence';
import { ContactCounts, IncidentSuggestionStore } from './incident-suggestions.ports';
import type { EarlyWarningSettings } from './early-warning-settings';

/**
 * The early warning: counts each technical category's contacts in the last window (an hour by
 * default) and in the same weekday and clock window of earlier weeks (the recorded history,
 * generated history included), and puts each category far above its normal (`assessRise`) to the
 * operators as a suggested incident with the evidence — the counts and a few texts, masked. A rise
 * that goes on updates its open suggestion; a category an operator just decided on is left quiet.
 */
@Injectable()
export class DetectContactRises {
  private readonly log = new Logger(DetectContactRises.name);

  constructor(
    private readonly contacts: ContactCounts,
    private readonly suggestions: IncidentSuggestionStore,
  ) {}

  /** Looks for rises in the window ending at `now`; returns the suggestions made or brought up to date. */
  async execute(now: Date, settings: EarlyWarningSettings): Promise<IncidentSuggestionRecord[]> {
    const { window, history } = riseWindows(now, settings.windows);
    const counts = await this.contacts.countsByCategory([window, ...history]);
    const rises = categoryRises(
      counts.map((c) => ({ category: c.category, observed: c.counts[0], history: c.counts.slice(1) })),
      settings.thresholds,
    );
    const suggested: IncidentSuggestionRecord[] = [];
    if (rises.length === 0) return suggested;
    const examples = await this.contacts.examples(
      window,
      rises.map((r) => r.category),
      settings.examples,
    );
    for (const rise of rises) {
      if (!mayBeSuggestedAgain(await this.suggestions.lastDecidedAt(rise.category), now, settings.quietMinutes)) continue;
      const { suggestion, created } = await this.suggestions.recordRise({
        category: rise.category,
        windowStart: window.start,
        windowEnd: window.end,
        observed: rise.observed,
        expected: rise.expected,
        examples: examples.get(rise.category) ?? [],
      });
      suggested.push(suggestion);
      this.log.log(
        { suggestionId: suggestion.id, category: rise.category, observed: rise.observed, expected: rise.expected, ratio: rise.ratio },
        created ? 'contact rise: incident suggested' : 'contact rise goes on: suggestion updated',
      );
    }
    return suggested;
  }
}

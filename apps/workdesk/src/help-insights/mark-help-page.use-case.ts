import { Injectable, Logger } from '@nestjs/common';
import type { HelpPageMarkView } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { HelpPageMarks } from './help-insights.ports';
import { InvalidInsightsRequest, MarkedPageNotFound } from './help-insights-errors';
import type { MarkHelpPageRequest } from './help-insights.requests';
import { toMarkView } from './help-insights.views';

/** An editor marks that a help page was written or changed for a cluster; the report then shows the cluster's volume before and after. */
@Injectable()
export class MarkHelpPage {
  private readonly log = new Logger(MarkHelpPage.name);

  constructor(
    private readonly marks: HelpPageMarks,
    private readonly clock: Clock,
  ) {}

  async execute(request: MarkHelpPageRequest, actor: string): Promise<HelpPageMarkView> {
    const now = this.clock.now();
    const markedAt = request.markedAt ? new Date(request.markedAt) : now;
    if (markedAt > now) throw new InvalidInsightsRequest('markedAt', 'markedAt must not be in the future');
    // One weight per term: the strongest given.
    const weights = new Map<string, number>();
    for (const { term, weight } of request.signature) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    const created = await this.marks.create(
      {
        category: request.category,
        signature: [...weights].map(([term, weight]) => ({ term, weight })),
        labels: request.labels ?? [],
        helpPageId: request.helpPageId,
        change: request.change,
        note: request.note || null,
        markedAt,
      },
      actor,
    );
    if (created === 'page-not-found') throw new MarkedPageNotFound(request.helpPageId);
    this.log.log({ id: created.id, category: created.category, helpPageId: created.helpPageId, actor }, 'help page marked for a cluster');
    return toMarkView(created);
  }
}

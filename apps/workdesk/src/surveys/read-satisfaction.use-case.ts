import { Injectable } from '@nestjs/common';
import type { SatisfactionReportView, SurveyCommentsView } from '@inquiry-router/contracts';
import { maskText } from '@inquiry-router/runtime';
import { figuresOf, satisfactionBy } from '@inquiry-router/surveys';
import { SurveyStore } from './surveys.ports';

/** The dashboard's satisfaction and waiting time for a period, and the comments with personal data masked. */
@Injectable()
export class ReadSatisfaction {
  constructor(private readonly surveys: SurveyStore) {}

  async report(from: Date, to: Date): Promise<SatisfactionReportView> {
    const resolved = await this.surveys.resolvedBetween(from, to);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      total: figuresOf(null, resolved),
      byQueue: satisfactionBy('queue', resolved),
      byChannel: satisfactionBy('channel', resolved),
      byCategory: satisfactionBy('category', resolved),
      byAdviser: satisfactionBy('adviser', resolved),
    };
  }

  async comments(from: Date, to: Date, limit: number): Promise<SurveyCommentsView> {
    const rows = await this.surveys.commentsBetween(from, to, limit);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      items: rows.map((r) => ({ ...r, answeredAt: r.answeredAt.toISOString(), comment: maskText(r.comment) })),
    };
  }
}

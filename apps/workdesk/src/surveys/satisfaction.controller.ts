import { Query } from '@nestjs/common';
import { DomainError, type SatisfactionReportView, type SurveyCommentsView } from '@inquiry-router/contracts';
import { Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController, Clock } from '@inquiry-router/runtime';
import { ReadSatisfaction } from './read-satisfaction.use-case';
import { SatisfactionPeriodQuery, SurveyCommentsQuery } from './surveys.requests';
import { SatisfactionReportDoc, SurveyCommentsDoc } from './surveys.views';

/** The dashboard's satisfaction and waiting time, and what inquirers wrote: for supervisors. */
@ApiController('satisfaction')
export class SatisfactionController {
  constructor(
    private readonly satisfaction: ReadSatisfaction,
    private readonly clock: Clock,
  ) {}

  @Endpoint('GET', '', Supervisors, {
    summary:
      'satisfaction (average score, answers, response rate) and waiting time (received → first accepted, median and mean) of the inquiries resolved in [from, to), in all and per queue, channel, category and adviser',
    ok: { type: SatisfactionReportDoc },
    badRequest: 'from or to not a date, from not before to, or a period over a year',
  })
  report(@Query() query: SatisfactionPeriodQuery): Promise<SatisfactionReportView> {
    const { from, to } = this.periodOf(query);
    return this.satisfaction.report(from, to);
  }

  @Endpoint('GET', 'comments', Supervisors, {
    summary: 'the comments inquirers gave with their answers in [from, to), newest first, personal data masked',
    ok: { type: SurveyCommentsDoc },
    badRequest: 'from or to not a date, from not before to, a period over a year, or limit outside 1–500',
  })
  comments(@Query() query: SurveyCommentsQuery): Promise<SurveyCommentsView> {
    const { from, to } = this.periodOf(query);
    return this.satisfaction.comments(from, to, query.limit);
  }

  private periodOf(query: SatisfactionPeriodQuery): { from: Date; to: Date } {
    const period = query.period(this.clock.now());
    if (typeof period === 'string') throw new DomainError('invalid', period);
    return period;
  }
}

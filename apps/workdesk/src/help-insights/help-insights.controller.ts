import { Body, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Editors, Endpoint } from '@inquiry-router/access';
import type { HelpInsightsReportView, HelpPageMarkView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { MarkHelpPageRequest, ReportPeriodQuery } from './help-insights.requests';
import { HelpInsightsReportDoc, HelpPageMarkDoc } from './help-insights.views';
import { MarkHelpPage } from './mark-help-page.use-case';
import { ReadInsightsReport } from './read-insights-report.use-case';

const InvalidPeriod = 'from or to not ISO 8601, to not after from, or more than 92 days';

/**
 * What people ask about and whether the help pages answer it: the weekly report (JSON and CSV),
 * for supervisors and editors, and editors' marks of a page written or changed for a cluster.
 */
@ApiController('help-insights')
export class HelpInsightsController {
  constructor(
    private readonly read: ReadInsightsReport,
    private readonly mark: MarkHelpPage,
  ) {}

  @Endpoint('GET', 'report', Editors, {
    summary:
      'the report for [from, to) (default: the last full ISO week, Oslo time): per category its clusters of similar questions, ' +
      'each with examples (personal data masked), weekly counts, first-contact share, handle time, the help page that answers it or a gap, ' +
      'templates used and marks; and every mark with its volume before and after',
    ok: { type: HelpInsightsReportDoc },
    badRequest: InvalidPeriod,
  })
  report(@Query() query: ReportPeriodQuery): Promise<HelpInsightsReportView> {
    return this.read.report(query);
  }

  @Endpoint('GET', 'report.csv', Editors, {
    summary: 'the same report as CSV (RFC 4180), one line per cluster and one per category for its unclustered contacts',
    ok: { description: 'text/csv, as an attachment' },
    badRequest: InvalidPeriod,
  })
  @ApiProduces('text/csv')
  async reportCsv(@Query() query: ReportPeriodQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { fileName, csv } = await this.read.csv(query);
    response.setHeader('content-type', 'text/csv; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Endpoint('POST', 'marks', Editors, {
    summary: 'marks that a help page was written or changed for a cluster (its category and signature, as the report gives them)',
    created: { type: HelpPageMarkDoc },
    badRequest: 'a malformed signature (1–20 terms, weights 0–1), category, page id, change or markedAt, or markedAt in the future',
    unprocessableEntity: 'the page is not in the catalogue',
  })
  markPage(@Body() body: MarkHelpPageRequest, @CurrentUser() user: AuthenticatedUser): Promise<HelpPageMarkView> {
    return this.mark.execute(body, user.username);
  }
}

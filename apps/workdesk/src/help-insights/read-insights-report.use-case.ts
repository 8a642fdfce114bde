import { Injectable, Logger } from '@nestjs/common';
import type { HelpInsightsReportView } from '@inquiry-router/contracts';
import { buildInsightsReport, DefaultMarkWindowDays, lastFullWeek, markWindowsSpan, reportCsv } from '@inquiry-router/help-insights';
import { Clock, maskText } from '@inquiry-router/runtime';
import { AnswerTemplateUses, HelpPageMarks, HelpPages, InsightContacts } from './help-insights.ports';
import { InvalidInsightsRequest } from './help-insights-errors';
import type { ReportPeriodQuery } from './help-insights.requests';
import { toMarkView } from './help-insights.views';

const DayMs = 24 * 60 * 60 * 1000;
/** Longest period a report covers: a quarter. */
const MaxPeriodDays = 92;
/** Marks shown at most, newest first. */
const MarkLimit = 200;

/**
 * The help-page report for a period (by default the last full ISO week, Oslo time): what people
 * contacted the support about, clustered per category from their own words, matched to the help
 * pages, with the editors' marks and their before-and-after, as JSON or CSV.
 */
@Injectable()
export class ReadInsightsReport {
  private readonly log = new Logger(ReadInsightsReport.name);

  constructor(
    private readonly contacts: InsightContacts,
    private readonly pages: HelpPages,
    private readonly marks: HelpPageMarks,
    private readonly templates: AnswerTemplateUses,
    private readonly clock: Clock,
  ) {}

  async report(query: ReportPeriodQuery): Promise<HelpInsightsReportView> {
    const now = this.clock.now();
    const { from, to } = this.periodOf(query, now);
    const started = Date.now();
    const [contacts, pages, marks] = await Promise.all([
      this.contacts.contacts(from, to),
      this.pages.list(),
      this.marks.marksBefore(to, MarkLimit),
    ]);
    const span = markWindowsSpan(
      marks.map((m) => m.markedAt),
      { now, windowDays: DefaultMarkWindowDays },
    );
    const [markContacts, templateUses] = await Promise.all([
      span ? this.contacts.contactTexts(span.from, span.to) : Promise.resolve([]),
      this.templates.usesOn(contacts.map((c) => c.inquiryId)),
    ]);
    const report = buildInsightsReport({
      from,
      to,
      now,
      contacts,
      pages,
      marks: marks.map(toMarkView),
      markContacts,
      templateUses,
      mask: maskText,
    });
    this.log.log(
      // `from` is a sender in the log's masking, so the period's ends are named apart.
      { periodFrom: report.from, periodTo: report.to, contacts: contacts.length, marks: marks.length, ms: Date.now() - started },
      'help-page report computed',
    );
    return report;
  }

  async csv(query: ReportPeriodQuery): Promise<{ fileName: string; csv: string }> {
    const report = await this.report(query);
    return { fileName: `help-insights-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}.csv`, csv: reportCsv(report) };
  }

  /** [from, to): as asked, a week from the one given, or the last full week. */
  private periodOf(query: ReportPeriodQuery, now: Date): { from: Date; to: Date } {
    if (!query.from && !query.to) return lastFullWeek(now);
    const from = query.from ? new Date(query.from) : new Date(new Date(query.to!).getTime() - 7 * DayMs);
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DayMs);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new InvalidInsightsRequest('from', 'from and to must be dates');
    if (to <= from) throw new InvalidInsightsRequest('to', 'to must be after from');
    if (to.getTime() - from.getTime() > MaxPeriodDays * DayMs)
      throw new InvalidInsightsRequest('to', `a report covers at most ${MaxPeriodDays} days`);
    return { from, to };
  }
}

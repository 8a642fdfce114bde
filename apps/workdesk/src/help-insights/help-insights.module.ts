import { Module } from '@nestjs/common';
import {
  AnswerTemplateUseReader,
  bindPort,
  HelpInsightsReader,
  HelpPageMarkRepository,
  HelpPageRepository,
} from '@inquiry-router/persistence';
import { AnswerTemplateUses, HelpPageMarks, HelpPages, InsightContacts } from './help-insights.ports';
import { HelpPagesController } from './help-pages.controller';
import { HelpInsightsController } from './help-insights.controller';
import { KeepHelpPages } from './keep-help-pages.use-case';
import { ReadInsightsReport } from './read-insights-report.use-case';
import { MarkHelpPage } from './mark-help-page.use-case';

/**
 * Help-page insights in the workdesk: the help-page catalogue (`/api/help-pages`), the weekly
 * report and its CSV, and editors' marks (`/api/help-insights`). Postgres, the clock and access
 * come from the app's global modules.
 */
@Module({
  controllers: [HelpPagesController, HelpInsightsController],
  providers: [
    bindPort(HelpPages, HelpPageRepository),
    bindPort(HelpPageMarks, HelpPageMarkRepository),
    bindPort(InsightContacts, HelpInsightsReader),
    bindPort(AnswerTemplateUses, AnswerTemplateUseReader),
    KeepHelpPages,
    ReadInsightsReport,
    MarkHelpPage,
  ],
})
export class HelpInsightsModule {}

import { Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse } from '@nestjs/swagger';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import type { AnswerTemplateView, FilledAnswerTemplateView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';
import { AnswerTemplateIdPipe } from './answer-template-id.pipe';
import { InquiryTemplateQuery } from './answer-templates.requests';
import { AnswerTemplateDoc, FilledAnswerTemplateDoc, toAnswerTemplateView } from './answer-templates.views';
import { ReadAnswerTemplates } from './read-answer-templates.use-case';

/** The saved answers as an adviser answering an inquiry sees them: ordered for it, and filled for it. */
@ApiController('inquiries')
@ApiNotFoundResponse({ description: 'no such inquiry' })
export class InquiryAnswerTemplatesController {
  constructor(private readonly read: ReadAnswerTemplates) {}

  @Endpoint('GET', ':id/answer-templates', Advisers, {
    summary: "the templates in force for answering the inquiry: those in the inquiry's language and category first, by title within each",
    ok: { type: [AnswerTemplateDoc] },
    badRequest: 'an unknown language or category',
  })
  async forInquiry(@Param('id') id: string, @Query() query: InquiryTemplateQuery): Promise<AnswerTemplateView[]> {
    return (await this.read.forInquiry(id, query)).map(toAnswerTemplateView);
  }

  @Endpoint('GET', ':id/answer-templates/:templateId', Advisers, {
    summary:
      "the template filled for the inquiry ({reference}, the inquirer's {name}, the {adviser} asking, its {helpPage}); " +
      'a placeholder without a value is left as written and listed with why. Logged as a read of its personal data (via inquiry)',
    ok: { type: FilledAnswerTemplateDoc },
    notFound: 'no such inquiry or template',
    unprocessableEntity: 'the template is retired',
  })
  @ReadsPersonalData('inquiry', (answer: FilledAnswerTemplateView) => [answer.inquiryId])
  fill(
    @Param('id') id: string,
    @Param('templateId', AnswerTemplateIdPipe) templateId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FilledAnswerTemplateView> {
    return this.read.fill(id, templateId, user);
  }
}

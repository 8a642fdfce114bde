import { Body, Param } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, EndpointAnswers } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';
import { contactsShown, InquirerDoc } from './inquirer.views';
import { DecideSuggestionRequest } from './inquirer.requests';
import { DecideLinkSuggestion } from './decide-link-suggestion.use-case';

const decision: EndpointAnswers = {
  badRequest: 'a note longer than 1000 characters',
  notFound: 'no such suggestion',
  conflict: 'the suggestion is already confirmed or rejected',
};

/**
 * Quoted references of ours that name another person's contact: a reference alone never links
 * anyone, an adviser confirms (the quoting inquiry joins that person) or rejects it.
 */
@ApiController('inquirers', 'inquirer-suggestions')
export class InquirerSuggestionsController {
  constructor(private readonly decide: DecideLinkSuggestion) {}

  @Endpoint('POST', ':id/confirm', Advisers, {
    ...decision,
    summary: "the quoting inquiry and its conversation join the referenced contact's person; audited",
    ok: { type: InquirerDoc, description: "the quoting inquiry's person now" },
  })
  @ReadsPersonalData('earlier-contacts', contactsShown)
  confirm(@Param('id') id: string, @Body() body: DecideSuggestionRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquirerView> {
    return this.decide.confirm(id, user.username, body?.note);
  }

  @Endpoint('POST', ':id/reject', Advisers, {
    ...decision,
    summary: 'nothing is linked; the decision is kept and audited',
    noContent: { description: 'rejected' },
  })
  async reject(@Param('id') id: string, @Body() body: DecideSuggestionRequest, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.decide.reject(id, user.username, body?.note);
  }
}

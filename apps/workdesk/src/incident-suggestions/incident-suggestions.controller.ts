import { Body, Param, Query } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, EndpointAnswers, Operators } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { IncidentSuggestionStore } from './incident-suggestions.ports';
import { ConfirmIncidentSuggestionRequest, ListIncidentSuggestionsQuery } from './incident-suggestions.requests';
import { IncidentSuggestion, toIncidentSuggestionView } from './incident-suggestion.view';
import { DecideIncidentSuggestion } from './decide-incident-suggestion.use-case';

const decision: EndpointAnswers = {
  ok: { type: IncidentSuggestion },
  notFound: 'no such suggestion',
  conflict: 'the suggestion is already confirmed or dismissed',
};

/** The early warning's suggested incidents: rises in a category's contacts far above normal, for operators to decide on. */
@ApiController('incident-suggestions')
export class IncidentSuggestionsController {
  constructor(
    private readonly suggestions: IncidentSuggestionStore,
    private readonly decide: DecideIncidentSuggestion,
  ) {}

  @Endpoint('GET', '', Operators, {
    summary: 'suggested incidents of a status (default open), newest first, with their evidence',
    ok: { type: [IncidentSuggestion] },
    badRequest: 'an unknown status',
  })
  async list(@Query() query: ListIncidentSuggestionsQuery): Promise<IncidentSuggestion[]> {
    return (await this.suggestions.list(query.status ?? 'open')).map(toIncidentSuggestionView);
  }

  @Endpoint('POST', ':id/confirm', Operators, {
    ...decision,
    summary: 'confirms the suggestion, naming the incident registered for it',
    badRequest: 'noticeId missing or not a notice id',
    unprocessableEntity: 'no notice with that id',
  })
  async confirm(
    @Param('id') id: string,
    @Body() body: ConfirmIncidentSuggestionRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IncidentSuggestion> {
    return toIncidentSuggestionView(await this.decide.confirm(id, body.noticeId, user.username));
  }

  @Endpoint('POST', ':id/dismiss', Operators, {
    ...decision,
    summary: 'dismisses the suggestion; the category is not suggested again within RISE_QUIET_MINUTES',
  })
  async dismiss(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<IncidentSuggestion> {
    return toIncidentSuggestionView(await this.decide.dismiss(id, user.username));
  }
}

import { Body, Param, ParseUUIDPipe } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Editors, Endpoint, HelpPageReaders } from '@inquiry-router/access';
import type { HelpPageView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { CreateHelpPageRequest, UpdateHelpPageRequest } from './help-insights.requests';
import { HelpPageDoc } from './help-insights.views';
import { KeepHelpPages } from './keep-help-pages.use-case';

const InvalidPage =
  'malformed: a url that is not an http(s) address, a title empty or over 300 characters, a language other than nb, nn, en, ' +
  'more than 40 keywords or a keyword over 80 characters, a topic that is not a category';

/** The catalogue of the portal's help pages: the support staff read it, editors keep it. */
@ApiController('help-pages')
export class HelpPagesController {
  constructor(private readonly pages: KeepHelpPages) {}

  @Endpoint('GET', '', HelpPageReaders, {
    summary: 'every help page, by title',
    ok: { type: [HelpPageDoc] },
  })
  list(): Promise<HelpPageView[]> {
    return this.pages.list();
  }

  @Endpoint('GET', ':id', HelpPageReaders, {
    summary: 'one help page',
    ok: { type: HelpPageDoc },
    badRequest: 'the id is not a UUID',
    notFound: 'no such page',
  })
  one(@Param('id', new ParseUUIDPipe()) id: string): Promise<HelpPageView> {
    return this.pages.one(id);
  }

  @Endpoint('POST', '', Editors, {
    summary: 'adds a page to the catalogue',
    created: { type: HelpPageDoc },
    badRequest: InvalidPage,
    conflict: 'a page with that address is in the catalogue already',
  })
  add(@Body() body: CreateHelpPageRequest, @CurrentUser() user: AuthenticatedUser): Promise<HelpPageView> {
    return this.pages.create(body, user.username);
  }

  @Endpoint('PUT', ':id', Editors, {
    summary: 'changes the fields given (the rest stay)',
    ok: { type: HelpPageDoc },
    badRequest: InvalidPage,
    notFound: 'no such page',
    conflict: 'another page has that address',
  })
  change(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateHelpPageRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HelpPageView> {
    return this.pages.update(id, body, user.username);
  }

  @Endpoint('DELETE', ':id', Editors, {
    summary: 'removes a page from the catalogue; marks made for it keep its address',
    noContent: { description: 'removed' },
    badRequest: 'the id is not a UUID',
    notFound: 'no such page',
  })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.pages.delete(id, user.username);
  }
}

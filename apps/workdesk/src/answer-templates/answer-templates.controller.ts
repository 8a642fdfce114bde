import { Body, Param, Query } from '@nestjs/common';
import { Advisers, AuthenticatedUser, CurrentUser, Editors, Endpoint, type RoleSet } from '@inquiry-router/access';
import type { AnswerTemplateView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { AnswerTemplateIdPipe } from './answer-template-id.pipe';
import { AnswerTemplateListQuery, AnswerTemplateRequest } from './answer-templates.requests';
import { AnswerTemplateDoc, toAnswerTemplateView } from './answer-templates.views';
import { KeepAnswerTemplates } from './keep-answer-templates.use-case';
import { ReadAnswerTemplates } from './read-answer-templates.use-case';

/** Who reads the library: the advisers who answer with it, and the editors who keep it. */
const TemplateReaders: RoleSet = [...new Set([...Advisers, ...Editors])];

const InvalidTemplate =
  'malformed: an empty title or body, an unknown language or category, a help page that is not an http(s) URL, ' +
  'a placeholder other than {reference}, {name}, {adviser}, {helpPage}, or {helpPage} without a help page';

/** The shared library of saved answers: editors write, change and retire templates; advisers read them. */
@ApiController('answer-templates')
export class AnswerTemplatesController {
  constructor(
    private readonly read: ReadAnswerTemplates,
    private readonly keep: KeepAnswerTemplates,
  ) {}

  @Endpoint('GET', '', TemplateReaders, {
    summary: 'the templates in force by title, by language and category if asked; the retired ones too with `includeRetired`',
    ok: { type: [AnswerTemplateDoc] },
    badRequest: 'an unknown language or category',
  })
  async list(@Query() query: AnswerTemplateListQuery): Promise<AnswerTemplateView[]> {
    return (await this.read.list(query)).map(toAnswerTemplateView);
  }

  @Endpoint('POST', '', Editors, {
    summary: 'adds a template to the library',
    created: { type: AnswerTemplateDoc },
    badRequest: InvalidTemplate,
  })
  async create(@Body() body: AnswerTemplateRequest, @CurrentUser() user: AuthenticatedUser): Promise<AnswerTemplateView> {
    return toAnswerTemplateView(await this.keep.create(body, user.username));
  }

  @Endpoint('PUT', ':templateId', Editors, {
    summary: 'changes a template in force: its title, language, body, category and help page',
    ok: { type: AnswerTemplateDoc },
    badRequest: InvalidTemplate,
    notFound: 'no such template',
    conflict: 'the template is retired',
  })
  async update(
    @Param('templateId', AnswerTemplateIdPipe) id: string,
    @Body() body: AnswerTemplateRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnswerTemplateView> {
    return toAnswerTemplateView(await this.keep.update(id, body, user.username));
  }

  @Endpoint('POST', ':templateId/retire', Editors, {
    summary: 'retires a template: offered no more, kept for the answers that used it (retiring it again changes nothing)',
    ok: { type: AnswerTemplateDoc },
    notFound: 'no such template',
  })
  async retire(@Param('templateId', AnswerTemplateIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<AnswerTemplateView> {
    return toAnswerTemplateView(await this.keep.retire(id, user.username));
  }
}

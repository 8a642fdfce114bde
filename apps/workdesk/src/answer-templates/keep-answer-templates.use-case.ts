import { Injectable } from '@nestjs/common';
import { templateBodyProblems } from '@inquiry-router/answer-templates';
import type { AnswerTemplateFields, AnswerTemplateRecord } from '@inquiry-router/persistence';
import type { AnswerTemplateRequest } from './answer-templates.requests';
import { AnswerTemplateNotFound, AnswerTemplateRetired, InvalidTemplateBody } from './answer-template-errors';
import { AnswerTemplates } from './answer-templates.ports';

/** What an editor wrote, checked: every placeholder a known one, `{helpPage}` only with a page to fill it. */
function checkedFields(request: AnswerTemplateRequest): AnswerTemplateFields {
  const helpPageUrl = request.helpPageUrl ?? null;
  const problems = templateBodyProblems(request.body, helpPageUrl);
  if (problems.length > 0) throw new InvalidTemplateBody(problems);
  return { title: request.title, language: request.language, body: request.body, category: request.category ?? null, helpPageUrl };
}

/** Editors keep the shared library of saved answers: they write, change and retire templates. */
@Injectable()
export class KeepAnswerTemplates {
  constructor(private readonly templates: AnswerTemplates) {}

  create(request: AnswerTemplateRequest, by: string): Promise<AnswerTemplateRecord> {
    return this.templates.create(checkedFields(request), by);
  }

  async update(id: string, request: AnswerTemplateRequest, by: string): Promise<AnswerTemplateRecord> {
    const changed = await this.templates.update(id, checkedFields(request), by);
    if (changed.outcome === 'not-found') throw new AnswerTemplateNotFound(id);
    if (changed.outcome === 'retired') throw new AnswerTemplateRetired(id);
    return changed.template;
  }

  /** Retires a template: it is offered no more, and kept for the answers that used it. Retiring it again answers it as it is. */
  async retire(id: string, by: string): Promise<AnswerTemplateRecord> {
    const retired = await this.templates.retire(id, by);
    if (retired.outcome === 'not-found') throw new AnswerTemplateNotFound(id);
    return retired.template;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { HelpPageView } from '@inquiry-router/contracts';
import { HelpPages } from './help-insights.ports';
import { DuplicateHelpPage, HelpPageNotFound } from './help-insights-errors';
import type { CreateHelpPageRequest, UpdateHelpPageRequest } from './help-insights.requests';
import { toHelpPageView } from './help-insights.views';

/** Keywords as matching compares them: once each, case aside. */
const distinct = (words: readonly string[] | undefined) => (words ? [...new Set(words.map((w) => w.toLowerCase()))] : undefined);

/** Editors keep the help-page catalogue: add, change and remove pages, one page per address. */
@Injectable()
export class KeepHelpPages {
  private readonly log = new Logger(KeepHelpPages.name);

  constructor(private readonly pages: HelpPages) {}

  async list(): Promise<HelpPageView[]> {
    return (await this.pages.list()).map(toHelpPageView);
  }

  async one(id: string): Promise<HelpPageView> {
    const page = await this.pages.find(id);
    if (!page) throw new HelpPageNotFound(id);
    return toHelpPageView(page);
  }

  async create(request: CreateHelpPageRequest, actor: string): Promise<HelpPageView> {
    const created = await this.pages.create(
      {
        url: request.url,
        title: request.title,
        language: request.language,
        keywords: distinct(request.keywords) ?? [],
        topics: [...new Set(request.topics ?? [])],
      },
      actor,
    );
    if (created === 'duplicate') throw new DuplicateHelpPage(request.url);
    this.log.log({ id: created.id, url: created.url, actor }, 'help page added');
    return toHelpPageView(created);
  }

  async update(id: string, request: UpdateHelpPageRequest, actor: string): Promise<HelpPageView> {
    const changed = await this.pages.update(
      id,
      {
        url: request.url,
        title: request.title,
        language: request.language,
        keywords: distinct(request.keywords),
        topics: request.topics ? [...new Set(request.topics)] : undefined,
      },
      actor,
    );
    if (changed === 'not-found') throw new HelpPageNotFound(id);
    if (changed === 'duplicate') throw new DuplicateHelpPage(request.url ?? '');
    this.log.log({ id, actor }, 'help page changed');
    return toHelpPageView(changed);
  }

  async delete(id: string, actor: string): Promise<void> {
    if (!(await this.pages.delete(id))) throw new HelpPageNotFound(id);
    this.log.log({ id, actor }, 'help page removed');
  }
}

import { Controller, Get, Header, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError, isLanguage, Languages, type Language, type StatusSummaryView } from '@inquiry-router/contracts';
import { ReadStatus } from './read-status.use-case';
import { statusAtomFeed, statusJsonFeed } from './status-feeds';
import { renderStatusPage, StatusStylesheet, type StatusPageLinks } from './status-page.template';
import { StatusSummaryDoc } from './notices.views';
import { WorkdeskEnv } from '../workdesk.env';
import { PublicPageProblems } from '../public-pages/public-problem-page';

/** Short enough that a change shows within half a minute, long enough that a rush of readers is answered from caches. */
const Cached = 'public, max-age=30';

// The page loads nothing but its own stylesheet, and runs no script.
const PageSecurityPolicy =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

class UnknownLanguage extends DomainError {
  constructor() {
    super('invalid', `lang must be one of ${Languages.join(', ')}`, {
      problems: [{ path: 'lang', message: `lang must be one of ${Languages.join(', ')}` }],
    });
  }
}

function languageOf(lang: string | undefined): Language {
  if (lang === undefined || lang === '') return 'nb';
  if (!isLanguage(lang)) throw new UnknownLanguage();
  return lang;
}

/**
 * The public status page and its feeds, for anyone without signing in (no `@Roles`). URLs in them
 * are absolute, from the workdesk's public address (`STATUS_PUBLIC_URL`), never from the request's
 * Host header: the answers are cached publicly.
 */
@ApiTags('status')
@Controller('status')
@UseFilters(PublicPageProblems)
export class StatusController {
  private readonly links: StatusPageLinks;

  constructor(
    private readonly status: ReadStatus,
    env: WorkdeskEnv,
  ) {
    const page = `${env.statusPublicUrl}/status`;
    this.links = { page, stylesheet: `${page}/status.css`, jsonFeed: `${page}/feed.json`, atomFeed: `${page}/feed.atom` };
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', Cached)
  @Header('content-security-policy', PageSecurityPolicy)
  @Header('x-content-type-options', 'nosniff')
  @ApiOperation({ summary: 'the status page (HTML): each component’s state per environment, notices in force and ahead, the last 30 days' })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: Languages,
    description: 'default nb; texts not written in the language are shown in bokmål',
  })
  @ApiOkResponse({ description: 'text/html' })
  async page(@Query('lang') lang?: string): Promise<string> {
    const language = languageOf(lang);
    return renderStatusPage(await this.status.summary(), language, this.links);
  }

  @Get('status.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  @ApiOperation({ summary: 'the status page’s stylesheet' })
  @ApiOkResponse({ description: 'text/css' })
  stylesheet(): string {
    return StatusStylesheet;
  }

  @Get('summary.json')
  @Header('cache-control', Cached)
  @ApiOperation({ summary: 'what the status page shows, as data' })
  @ApiOkResponse({ type: StatusSummaryDoc })
  summary(): Promise<StatusSummaryView> {
    return this.status.summary();
  }

  @Get('feed.json')
  @Header('content-type', 'application/feed+json; charset=utf-8')
  @Header('cache-control', Cached)
  @ApiOperation({ summary: 'JSON Feed 1.1 of the status page: one item per notice and update, newest first' })
  @ApiQuery({ name: 'lang', required: false, enum: Languages })
  @ApiOkResponse({ description: 'application/feed+json' })
  async jsonFeed(@Query('lang') lang?: string): Promise<string> {
    const language = languageOf(lang);
    return JSON.stringify(statusJsonFeed(await this.status.summary(), language, this.links));
  }

  @Get('feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @Header('cache-control', Cached)
  @ApiOperation({ summary: 'Atom feed of the status page: one entry per notice and update, newest first' })
  @ApiQuery({ name: 'lang', required: false, enum: Languages })
  @ApiOkResponse({ description: 'application/atom+xml' })
  async atomFeed(@Query('lang') lang?: string): Promise<string> {
    const language = languageOf(lang);
    return statusAtomFeed(await this.status.summary(), language, this.links);
  }
}

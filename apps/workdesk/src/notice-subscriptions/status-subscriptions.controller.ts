import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NoticeSubscriptionRequest, SubscriptionTokenForm, SubscriptionTokenQuery } from './notice-subscription.requests';
import { ConfirmSubscription } from './confirm-subscription.use-case';
import { SubscribeSelf } from './subscribe-self.use-case';
import { Unsubscribe } from './unsubscribe.use-case';
import { checkInboxPage, confirmedPage, confirmPage, invalidLinkPage, unsubscribedPage, unsubscribePage } from './subscription-pages';
import { PublicPageProblems } from '../public-pages/public-problem-page';

const html = 'text/html; charset=utf-8';

/**
 * Public, without sign-in: service owners and vendors subscribe themselves (JSON, or the status
 * page's form), confirm through the link in the mail, and unsubscribe through the link in every
 * notice mail. A link's GET only shows a page with a button; the button's POST acts.
 */
@ApiTags('status')
@Controller('status/subscriptions')
@UseFilters(PublicPageProblems)
export class StatusSubscriptionsController {
  constructor(
    private readonly subscribe: SubscribeSelf,
    private readonly confirmation: ConfirmSubscription,
    private readonly unsubscribe: Unsubscribe,
  ) {}

  @Post('')
  @HttpCode(202)
  @ApiOperation({ summary: 'Subscribe to notices (JSON or form); a confirmation mail is sent, nothing before it is confirmed' })
  async create(@Body() body: NoticeSubscriptionRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    await this.subscribe.execute(body);
    if (req.is('application/x-www-form-urlencoded')) {
      res.type(html);
      return checkInboxPage(body.language ?? 'nb');
    }
    return { status: 'awaiting-confirmation', detail: 'a confirmation link was sent to the address given' };
  }

  @Get('confirm')
  @Header('content-type', html)
  @ApiOperation({ summary: 'The confirmation link: a page with a button that confirms (opening it changes nothing)' })
  async confirmForm(@Query() query: SubscriptionTokenQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const found = query.token ? await this.confirmation.find(query.token) : null;
    if (!found) return this.invalid(res);
    return confirmPage(found, query.token!);
  }

  @Post('confirm')
  @HttpCode(200)
  @Header('content-type', html)
  @ApiOperation({ summary: "The confirmation page's button" })
  async confirm(
    @Query() query: SubscriptionTokenQuery,
    @Body() body: SubscriptionTokenForm,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const token = body.token ?? query.token;
    const confirmed = token ? await this.confirmation.confirm(token) : null;
    if (!confirmed) return this.invalid(res);
    return confirmedPage(confirmed.subscription, confirmed.firstTime, confirmed.webhookSecret);
  }

  @Get('unsubscribe')
  @Header('content-type', html)
  @ApiOperation({ summary: 'The unsubscribe link of every notice mail: a page with a button (opening it changes nothing)' })
  async unsubscribeForm(@Query() query: SubscriptionTokenQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const found = query.token ? await this.unsubscribe.find(query.token) : null;
    if (!found) return this.invalid(res);
    return unsubscribePage(found, query.token!);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @Header('content-type', html)
  @ApiOperation({
    summary: "The unsubscribe page's button, and one-click unsubscribe by mail clients (RFC 8058: List-Unsubscribe=One-Click)",
  })
  async end(
    @Query() query: SubscriptionTokenQuery,
    @Body() body: SubscriptionTokenForm,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const token = body.token ?? query.token;
    const ended = token ? await this.unsubscribe.execute(token) : null;
    if (!ended) return this.invalid(res);
    return unsubscribedPage(ended.language);
  }

  private invalid(res: Response): string {
    res.status(404);
    return invalidLinkPage();
  }
}

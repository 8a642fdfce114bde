import { Body, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AuthenticatedUser, CurrentUser, Endpoint, Operators } from '@inquiry-router/access';
import { DomainError, type CreatedNoticeSubscriptionView, type NoticeSubscriptionView } from '@inquiry-router/contracts';
import { ApiController, ListLimit } from '@inquiry-router/runtime';
import { NoticeSubscriptionRequest } from './notice-subscription.requests';
import { NoticeSubscriptionStore } from './notice-subscriptions.ports';
import { SubscribeByOperator } from './subscribe-by-operator.use-case';
import { toSubscriptionView } from './subscription-request-checks';

export class NoticeSubscriptionsQuery {
  @ApiPropertyOptional({ description: 'also the ended ones' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => value === 'true' || value === true)
  @IsBoolean()
  includeEnded?: boolean;

  @ListLimit({ max: 1000, default: 200 })
  limit: number;
}

/** Operators keep the subscribers to notices: list, set up (confirmed at once), end. */
@ApiController('notice subscriptions', 'notice-subscriptions')
export class NoticeSubscriptionsController {
  constructor(
    private readonly subscriptions: NoticeSubscriptionStore,
    private readonly subscribe: SubscribeByOperator,
  ) {}

  @Endpoint('GET', '', Operators, { ok: { description: 'NoticeSubscriptionView[], newest first' } })
  async list(@Query() query: NoticeSubscriptionsQuery): Promise<NoticeSubscriptionView[]> {
    return (await this.subscriptions.list({ includeEnded: query.includeEnded ?? false, limit: query.limit })).map(toSubscriptionView);
  }

  @Endpoint('POST', '', Operators, {
    created: { description: 'NoticeSubscriptionView; a webhook subscription also has `webhookSecret` (whsec_…), shown this once' },
    badRequest: 'a missing address or URL, an unknown component, environment or audience',
    conflict: 'the address or URL already has a subscription in force',
  })
  create(@Body() body: NoticeSubscriptionRequest, @CurrentUser() user: AuthenticatedUser): Promise<CreatedNoticeSubscriptionView> {
    return this.subscribe.execute(body, user.username);
  }

  @Endpoint('DELETE', ':id', Operators, { ok: { description: 'NoticeSubscriptionView, ended' }, notFound: 'no such subscription' })
  async end(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeSubscriptionView> {
    const ended = await this.subscriptions.end(id);
    if (!ended) throw new DomainError('not-found', `no notice subscription ${id}`);
    return toSubscriptionView(ended);
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, type CreatedNoticeSubscriptionView } from '@inquiry-router/contracts';
import { tokenHash, unsubscribeToken } from '@inquiry-router/notices';
import { newWebhookSecret } from '@inquiry-router/outbound-delivery';
import { inProduction } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import type { NoticeSubscriptionRequest } from './notice-subscription.requests';
import { NoticeSubscriptionStore } from './notice-subscriptions.ports';
import { checkSubscriptionRequest, newSubscriptionOf, toSubscriptionView } from './subscription-request-checks';

/**
 * An operator sets a subscriber up: confirmed at once (the operator vouches for the address), unless
 * the address or URL has a subscription in force already. A webhook subscription gets a signing
 * secret, returned this once and never shown again.
 */
@Injectable()
export class SubscribeByOperator {
  constructor(
    private readonly subscriptions: NoticeSubscriptionStore,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(request: NoticeSubscriptionRequest, operator: string): Promise<CreatedNoticeSubscriptionView> {
    checkSubscriptionRequest(request, { componentCodes: await this.subscriptions.componentCodes(), production: inProduction(this.env) });
    const id = randomUUID();
    const webhookSecret = request.channel === 'webhook' ? newWebhookSecret() : null;
    const created = await this.subscriptions.create(
      newSubscriptionOf(request, {
        id,
        webhookSecret,
        confirmTokenHash: null,
        unsubscribeTokenHash: tokenHash(unsubscribeToken(this.env.noticeTokenSecret, id)),
        createdBy: operator,
      }),
    );
    if (!created)
      throw new DomainError(
        'conflict',
        `${request.channel === 'email' ? 'that address' : 'that URL'} already has a subscription in force; end it first`,
      );
    return { ...toSubscriptionView(created), ...(webhookSecret && { webhookSecret }) };
  }
}

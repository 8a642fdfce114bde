import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { confirmationToken, tokenHash, unsubscribeToken } from '@inquiry-router/notices';
import { newWebhookSecret } from '@inquiry-router/outbound-delivery';
import { inProduction, maskText } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { ConfirmationMailSender, confirmationMail } from './confirmation-mail';
import type { NoticeSubscriptionRequest } from './notice-subscription.requests';
import { NoticeSubscriptionStore } from './notice-subscriptions.ports';
import { checkSubscriptionRequest, newSubscriptionOf } from './subscription-request-checks';

const hour = 3_600_000;

/**
 * A service owner or vendor subscribes themselves: the subscription is stored unconfirmed and a
 * mail with a confirmation link goes to the address given — nothing is sent to it until the link's
 * page is confirmed. Only the token's hash is stored. An address with several sign-ups waiting in
 * the last hour is refused (`busy`), so the form cannot be used to flood someone's inbox.
 */
@Injectable()
export class SubscribeSelf {
  private readonly log = new Logger(SubscribeSelf.name);

  constructor(
    private readonly subscriptions: NoticeSubscriptionStore,
    private readonly mail: ConfirmationMailSender,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(request: NoticeSubscriptionRequest): Promise<void> {
    if (!request.email)
      throw new DomainError('invalid', 'email is needed: the confirmation link is sent there', {
        problems: [{ path: 'email', message: 'email must be an email address' }],
      });
    checkSubscriptionRequest(request, { componentCodes: await this.subscriptions.componentCodes(), production: inProduction(this.env) });
    const waiting = await this.subscriptions.countUnconfirmedSince(request.email, new Date(Date.now() - hour));
    if (waiting >= this.env.NOTICE_SIGNUPS_PER_ADDRESS_PER_HOUR)
      throw new DomainError('busy', 'too many subscriptions wait for confirmation at this address; confirm one or try again later', {
        retryAfterSeconds: 3600,
      });

    const id = randomUUID();
    const token = confirmationToken();
    await this.subscriptions.create(
      newSubscriptionOf(request, {
        id,
        webhookSecret: request.channel === 'webhook' ? newWebhookSecret() : null,
        confirmTokenHash: tokenHash(token),
        unsubscribeTokenHash: tokenHash(unsubscribeToken(this.env.noticeTokenSecret, id)),
        createdBy: null,
      }),
    );
    const language = request.language ?? 'nb';
    const confirmUrl = `${this.env.statusPublicUrl}/status/subscriptions/confirm?token=${token}`;
    try {
      await this.mail.send(
        request.email,
        confirmationMail(language, confirmUrl, request.channel === 'webhook' ? request.webhookUrl! : null),
        language,
      );
    } catch (error) {
      await this.subscriptions.discardUnconfirmed(id);
      throw error;
    }
    this.log.log(`subscription ${id} (${request.channel}) waits for confirmation by ${maskText(request.email)}`);
  }
}

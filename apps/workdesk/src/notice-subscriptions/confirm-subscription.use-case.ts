import { Injectable, Logger } from '@nestjs/common';
import { tokenHash } from '@inquiry-router/notices';
import type { NoticeSubscriptionRecord } from '@inquiry-router/persistence';
import { NoticeSubscriptionStore } from './notice-subscriptions.ports';

/**
 * The confirmation link of a self-made subscription. Looking at it (`find`) changes nothing — mail
 * scanners open links —; only the page's button (`confirm`) does. The first confirmation shows a
 * webhook subscription's signing secret, once; a repeat says it is confirmed already.
 */
@Injectable()
export class ConfirmSubscription {
  private readonly log = new Logger(ConfirmSubscription.name);

  constructor(private readonly subscriptions: NoticeSubscriptionStore) {}

  find(token: string): Promise<NoticeSubscriptionRecord | null> {
    return this.subscriptions.findByConfirmHash(tokenHash(token));
  }

  async confirm(
    token: string,
  ): Promise<{ subscription: NoticeSubscriptionRecord; firstTime: boolean; webhookSecret: string | null } | null> {
    const confirmed = await this.subscriptions.confirm(tokenHash(token));
    if (confirmed?.firstTime) this.log.log(`subscription ${confirmed.subscription.id} (${confirmed.subscription.channel}) confirmed`);
    return confirmed;
  }
}

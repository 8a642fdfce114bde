import { Injectable, Logger } from '@nestjs/common';
import { tokenHash } from '@inquiry-router/notices';
import type { NoticeSubscriptionRecord } from '@inquiry-router/persistence';
import { NoticeSubscriptionStore } from './notice-subscriptions.ports';

/**
 * The unsubscribe link of every notice mail. Looking at it (`find`) changes nothing; the page's
 * button or a mail client's one-click POST (RFC 8058) ends the subscription, and what was still
 * waiting to be sent to it is dropped. Ending an ended one again changes nothing.
 */
@Injectable()
export class Unsubscribe {
  private readonly log = new Logger(Unsubscribe.name);

  constructor(private readonly subscriptions: NoticeSubscriptionStore) {}

  find(token: string): Promise<NoticeSubscriptionRecord | null> {
    return this.subscriptions.findByUnsubscribeHash(tokenHash(token));
  }

  async execute(token: string): Promise<NoticeSubscriptionRecord | null> {
    const ended = await this.subscriptions.endByUnsubscribeHash(tokenHash(token));
    if (ended) this.log.log(`subscription ${ended.id} (${ended.channel}) ended by its unsubscribe link`);
    return ended;
  }
}

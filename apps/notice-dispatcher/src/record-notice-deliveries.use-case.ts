import { Injectable, Logger } from '@nestjs/common';
import type { NoticeChanged } from '@inquiry-router/contracts';
import { subscriberWants } from '@inquiry-router/notices';
import { NoticeDeliveryLedger, NoticeSubscribers } from './notice-dispatcher.ports';

/**
 * Each entry of a notice's history (`notice.changed.v1`) becomes a pending delivery for every
 * confirmed, running subscription that wants the notice — one statement per entry, so it is
 * recorded for all of them or none. A redelivered event finds its rows and adds nothing: each entry
 * goes to each subscriber once. Sending is SendDueNoticeDeliveries' work.
 */
@Injectable()
export class RecordNoticeDeliveries {
  private readonly log = new Logger(RecordNoticeDeliveries.name);

  constructor(
    private readonly subscribers: NoticeSubscribers,
    private readonly deliveries: NoticeDeliveryLedger,
  ) {}

  async execute(entries: NoticeChanged[]): Promise<void> {
    if (entries.length === 0) return;
    const subscriptions = await this.subscribers.active();
    for (const entry of entries) {
      const wanting = subscriptions.filter((s) => subscriberWants(s, entry)).map((s) => s.id);
      const recorded = await this.deliveries.record(entry, wanting);
      this.log.log(
        `${entry.noticeId} entry ${entry.sequence}: ${recorded} new deliveries (${wanting.length} of ${subscriptions.length} subscriptions want it)`,
      );
    }
  }
}

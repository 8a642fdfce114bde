import type { OutboxMessage } from '@inquiry-router/messaging';
import type { ActiveSubscriptionFilter, DueNoticeDelivery } from '@inquiry-router/persistence';

/** The confirmed subscriptions still running, with what each asked for. */
export abstract class NoticeSubscribers {
  abstract active(): Promise<ActiveSubscriptionFilter[]>;
}

/**
 * The ledger of notice entries sent to subscribers: one row per subscriber and entry. Every outcome
 * applies only to the attempt count the caller saw (false when another got there first).
 */
export abstract class NoticeDeliveryLedger {
  /** Records the entry as pending for each subscription; one recorded before is left as it is. */
  abstract record(entry: { noticeId: string; sequence: number }, subscriptionIds: readonly string[]): Promise<number>;
  /** Up to `limit` due deliveries, taken so no other instance tries them for `leaseMs`. */
  abstract takeDue(limit: number, leaseMs: number): Promise<DueNoticeDelivery[]>;
  abstract markDelivered(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>): Promise<boolean>;
  abstract recordFailedAttempt(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>, error: string, nextAttemptAt: Date): Promise<boolean>;
  abstract markFailed(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>, error: string, events: readonly OutboxMessage[]): Promise<boolean>;
}

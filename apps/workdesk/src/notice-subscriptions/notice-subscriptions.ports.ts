import type {
  NewNoticeSubscriptionRecord,
  NoticeDeliveryStatus,
  NoticeDeliverySummary,
  NoticeSubscriptionRecord,
} from '@inquiry-router/persistence';

/** Subscribers to operational notices; tokens are looked up by their hash only. */
export abstract class NoticeSubscriptionStore {
  /** Null when it is confirmed at once and its address or URL already has a subscription in force. */
  abstract create(s: NewNoticeSubscriptionRecord): Promise<NoticeSubscriptionRecord | null>;
  abstract list(filter: { includeEnded: boolean; limit: number }): Promise<NoticeSubscriptionRecord[]>;
  abstract findByConfirmHash(hash: string): Promise<NoticeSubscriptionRecord | null>;
  abstract findByUnsubscribeHash(hash: string): Promise<NoticeSubscriptionRecord | null>;
  abstract confirm(
    confirmTokenHash: string,
  ): Promise<{ subscription: NoticeSubscriptionRecord; firstTime: boolean; webhookSecret: string | null } | null>;
  /** Ends it; what was still waiting to be sent to it is dropped. */
  abstract end(id: string): Promise<NoticeSubscriptionRecord | null>;
  abstract endByUnsubscribeHash(hash: string): Promise<NoticeSubscriptionRecord | null>;
  abstract discardUnconfirmed(id: string): Promise<void>;
  abstract countUnconfirmedSince(email: string, since: Date): Promise<number>;
  abstract componentCodes(): Promise<string[]>;
}

/** The notice entries sent (or being sent) to subscribers. */
export abstract class NoticeDeliveryRecords {
  abstract list(filter: { status?: NoticeDeliveryStatus; limit: number }): Promise<NoticeDeliverySummary[]>;
  abstract find(id: string): Promise<NoticeDeliverySummary | null>;
  /** A failed one back to pending with a fresh schedule; false when it is not failed (or its subscription ended). */
  abstract retry(id: string): Promise<boolean>;
}

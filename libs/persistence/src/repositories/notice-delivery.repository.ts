import { DataSource } from 'typeorm';
import type { SubscriptionChannel } from '@inquiry-router/contracts';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { Notice, NoticeText } from '@inquiry-router/notices';
import { outboxWriter } from './outbox.repository';
import type { SubscriberLanguage } from './notice-subscription.repository';

export type NoticeDeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One history entry of a notice, as it is sent: the entry's sequence, status and message, who made
 * it when, and the notice as it stands now (its keywords aside: they are for matching inquiries).
 */
export type NoticeEntry = Omit<Notice, 'id' | 'keywords'> & {
  noticeId: string;
  sequence: number;
  message: NoticeText;
  /** Each component's name, in the order of `components` (the code where the component is unknown). */
  componentNames: NoticeText[];
  changedBy: string;
  changedAt: Date;
};

/** A delivery taken to be tried now, with all it needs: its subscriber (with the webhook's secret) and the entry. */
export interface DueNoticeDelivery {
  id: string;
  attempts: number;
  firstAttemptAt: Date;
  subscription: {
    id: string;
    channel: SubscriptionChannel;
    email: string | null;
    webhookUrl: string | null;
    webhookSecret: string | null;
    language: SubscriberLanguage;
  };
  entry: NoticeEntry;
}

/** A delivery as operators list it: where it goes (the subscriber's address or URL, never the secret). */
export interface NoticeDeliverySummary {
  id: string;
  subscriptionId: string;
  channel: SubscriptionChannel;
  email: string | null;
  webhookUrl: string | null;
  noticeId: string;
  sequence: number;
  status: NoticeDeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

// The entry's and the subscriber's one-word columns under the names they have there, the others under their SQL names.
type DueRow = Pick<
  NoticeEntry,
  'sequence' | 'kind' | 'status' | 'severity' | 'title' | 'description' | 'message' | 'components' | 'environments' | 'audiences'
> &
  Pick<DueNoticeDelivery['subscription'], 'channel' | 'email' | 'language'> & {
    id: string;
    attempts: number;
    first_attempt_at: Date;
    subscription_id: string;
    webhook_url: string | null;
    webhook_secret: string | null;
    notice_id: string;
    component_names: NoticeText[];
    starts_at: Date;
    expected_end_at: Date | null;
    ended_at: Date | null;
    changed_by: string;
    changed_at: Date;
  };

/**
 * The ledger of notice entries sent to subscribers (`notice_deliveries`): one row per subscriber
 * and entry, so each is sent once. Deliveries are taken with `FOR UPDATE SKIP LOCKED` and leased
 * (their next attempt moved past the time an attempt may take), so instances never try the same one
 * at once; every outcome applies only to the attempt count its taker saw.
 */
export class NoticeDeliveryRepository {
  constructor(private readonly db: DataSource) {}

  /** Records the entry as pending for each subscription; one already recorded (a redelivered event) is left as it is. */
  async record(entry: { noticeId: string; sequence: number }, subscriptionIds: readonly string[]): Promise<number> {
    if (subscriptionIds.length === 0) return 0;
    const rows: unknown[] = await this.db.query(
      `INSERT INTO notice_deliveries (subscription_id, notice_id, sequence)
       SELECT unnest($1::uuid[]), $2, $3
       ON CONFLICT (subscription_id, notice_id, sequence) DO NOTHING RETURNING id`,
      [subscriptionIds, entry.noticeId, entry.sequence],
    );
    return rows.length;
  }

  /** Up to `limit` pending deliveries due now, of running subscriptions, leased for `leaseMs`. */
  async takeDue(limit: number, leaseMs: number): Promise<DueNoticeDelivery[]> {
    const rows: DueRow[] = await this.db.transaction(async (tx) => {
      const taken: { id: string }[] = await tx.query(
        // As a SELECT over the change: the driver answers an UPDATE with its count beside the rows.
        `WITH due AS (
           SELECT d.id FROM notice_deliveries d JOIN notice_subscriptions s ON s.id = d.subscription_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND s.ended_at IS NULL AND s.confirmed_at IS NOT NULL
            ORDER BY d.next_attempt_at, d.id LIMIT $1 FOR UPDATE OF d SKIP LOCKED)
         , taken AS (
           UPDATE notice_deliveries d SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000),
                  first_attempt_at = coalesce(d.first_attempt_at, now())
             FROM due WHERE d.id = due.id RETURNING d.id)
         SELECT id FROM taken`,
        [limit, leaseMs],
      );
      if (taken.length === 0) return [];
      return tx.query(
        `SELECT d.id, d.attempts, d.first_attempt_at, d.notice_id, d.sequence,
                s.id AS subscription_id, s.channel, s.email, s.webhook_url, s.webhook_secret, s.language,
                n.kind, n.severity, n.title, n.description, n.components, n.environments, n.audiences,
                n.starts_at, n.expected_end_at, n.ended_at, u.status, u.message, u.changed_by, u.changed_at,
                (SELECT coalesce(jsonb_agg(coalesce(c.names, jsonb_build_object('nb', x.code)) ORDER BY x.n), '[]')
                   FROM unnest(n.components) WITH ORDINALITY AS x(code, n) LEFT JOIN notice_components c ON c.code = x.code
                ) AS component_names
           FROM notice_deliveries d
           JOIN notice_subscriptions s ON s.id = d.subscription_id
           JOIN notices n ON n.id = d.notice_id
           JOIN notice_updates u ON u.notice_id = d.notice_id AND u.sequence = d.sequence
          WHERE d.id = ANY($1::uuid[])
          ORDER BY d.notice_id, d.sequence, d.id`,
        [taken.map((t) => t.id)],
      );
    });
    return rows.map((r) => ({
      id: r.id,
      attempts: r.attempts,
      firstAttemptAt: r.first_attempt_at,
      subscription: {
        id: r.subscription_id,
        channel: r.channel,
        email: r.email,
        webhookUrl: r.webhook_url,
        webhookSecret: r.webhook_secret,
        language: r.language,
      },
      entry: {
        noticeId: r.notice_id,
        sequence: r.sequence,
        kind: r.kind,
        status: r.status,
        severity: r.severity,
        title: r.title,
        description: r.description,
        message: r.message,
        components: r.components,
        componentNames: r.component_names,
        environments: r.environments,
        audiences: r.audiences,
        startsAt: r.starts_at,
        expectedEndAt: r.expected_end_at,
        endedAt: r.ended_at,
        changedBy: r.changed_by,
        changedAt: r.changed_at,
      },
    }));
  }

  /** Sent: false when another taker got there first (the attempt count moved on). */
  async markDelivered(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH changed AS (
         UPDATE notice_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = now(), last_error = NULL
          WHERE id = $1 AND status = 'pending' AND attempts = $2 RETURNING id)
       SELECT id FROM changed`,
      [d.id, d.attempts],
    );
    return rows.length === 1;
  }

  /** A failed attempt with another due at `nextAttemptAt`. */
  async recordFailedAttempt(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>, error: string, nextAttemptAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH changed AS (
         UPDATE notice_deliveries SET attempts = attempts + 1, last_error = $3, next_attempt_at = $4
          WHERE id = $1 AND status = 'pending' AND attempts = $2 RETURNING id)
       SELECT id FROM changed`,
      [d.id, d.attempts, error, nextAttemptAt],
    );
    return rows.length === 1;
  }

  /** The schedule is used up: failed for good, with its dead-letter record written to the outbox in the same transaction. */
  async markFailed(d: Pick<DueNoticeDelivery, 'id' | 'attempts'>, error: string, events: readonly OutboxMessage[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows: unknown[] = await tx.query(
        `WITH changed AS (
           UPDATE notice_deliveries SET status = 'failed', attempts = attempts + 1, last_error = $3, failed_at = now()
            WHERE id = $1 AND status = 'pending' AND attempts = $2 RETURNING id)
         SELECT id FROM changed`,
        [d.id, d.attempts, error],
      );
      if (rows.length !== 1) return false;
      await outboxWriter.add(tx, events);
      return true;
    });
  }

  /** An operator sends a failed delivery again: pending at once, with a fresh schedule. False when it is not failed. */
  async retry(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH changed AS (
         UPDATE notice_deliveries d SET status = 'pending', attempts = 0, next_attempt_at = now(), first_attempt_at = NULL, failed_at = NULL
           FROM notice_subscriptions s
          WHERE d.id = $1 AND d.status = 'failed' AND s.id = d.subscription_id AND s.ended_at IS NULL RETURNING d.id)
       SELECT id FROM changed`,
      [id],
    );
    return rows.length === 1;
  }

  async find(id: string): Promise<NoticeDeliverySummary | null> {
    const [row] = await this.summaries('d.id = $1', [id], 1);
    return row ?? null;
  }

  /** By status (the failed ones are what operators act on), newest first. */
  list(filter: { status?: NoticeDeliveryStatus; limit: number }): Promise<NoticeDeliverySummary[]> {
    return this.summaries('($1::text IS NULL OR d.status = $1)', [filter.status ?? null], filter.limit);
  }

  private async summaries(condition: string, params: unknown[], limit: number): Promise<NoticeDeliverySummary[]> {
    const rows: {
      id: string;
      subscription_id: string;
      channel: SubscriptionChannel;
      email: string | null;
      webhook_url: string | null;
      notice_id: string;
      sequence: number;
      status: NoticeDeliveryStatus;
      attempts: number;
      last_error: string | null;
      next_attempt_at: Date;
      delivered_at: Date | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT d.id, d.subscription_id, s.channel, s.email, s.webhook_url, d.notice_id, d.sequence, d.status, d.attempts,
              d.last_error, d.next_attempt_at, d.delivered_at, d.created_at
         FROM notice_deliveries d JOIN notice_subscriptions s ON s.id = d.subscription_id
        WHERE ${condition}
        ORDER BY d.created_at DESC, d.id LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      channel: r.channel,
      email: r.email,
      webhookUrl: r.webhook_url,
      noticeId: r.notice_id,
      sequence: r.sequence,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
      deliveredAt: r.delivered_at,
      createdAt: r.created_at,
    }));
  }
}

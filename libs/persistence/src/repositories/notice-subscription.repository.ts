import { DataSource } from 'typeorm';
import type { NoticeAudience, NoticeEnvironment, NoticeSubscriptionView, SubscriptionChannel } from '@inquiry-router/contracts';

export type SubscriberLanguage = NoticeSubscriptionView['language'];

/**
 * A subscription to notices as it is kept (without its token hashes; the webhook secret only where
 * it is needed): the view's fields, with when it was confirmed rather than whether, and times as Dates.
 */
export type NoticeSubscriptionRecord = Omit<NoticeSubscriptionView, 'confirmed' | 'createdAt' | 'endedAt'> & {
  confirmedAt: Date | null;
  createdAt: Date;
  endedAt: Date | null;
};

/** A new subscription: the id is made by the caller, since the unsubscribe token is derived from it. */
export interface NewNoticeSubscriptionRecord {
  id: string;
  channel: SubscriptionChannel;
  email: string | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  language: SubscriberLanguage;
  /** Null for one an operator made (confirmed at once). */
  confirmTokenHash: string | null;
  unsubscribeTokenHash: string;
  /** The operator; null when the subscriber made it. */
  createdBy: string | null;
}

/** A subscription as the dispatcher matches notices against it. */
export interface ActiveSubscriptionFilter {
  id: string;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
}

// Selected under the record's own names, so a row is the record.
const columns = `id, channel, email, webhook_url AS "webhookUrl", components, environments, audiences, language,
  confirmed_at AS "confirmedAt", created_by AS "createdBy", created_at AS "createdAt", ended_at AS "endedAt"`;

/**
 * Subscribers to operational notices (`notice_subscriptions`). Tokens are looked up by their hash
 * only; ending a subscription takes back what was still waiting to be sent to it.
 */
export class NoticeSubscriptionRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Stores a subscription; null when it is confirmed at once (an operator's) and its address or URL
   * already has a subscription in force (one each: two would send every notice twice).
   */
  async create(s: NewNoticeSubscriptionRecord): Promise<NoticeSubscriptionRecord | null> {
    const rows = await this.db
      .query<NoticeSubscriptionRecord[]>(
        `INSERT INTO notice_subscriptions (id, channel, email, webhook_url, webhook_secret, components, environments, audiences, language,
                                         confirm_token_hash, confirmed_at, unsubscribe_token_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8::text[], $9, $10, CASE WHEN $10::text IS NULL THEN now() END, $11, $12)
       RETURNING ${columns}`,
        [
          s.id,
          s.channel,
          s.email,
          s.webhookUrl,
          s.webhookSecret,
          s.components,
          s.environments,
          s.audiences,
          s.language,
          s.confirmTokenHash,
          s.unsubscribeTokenHash,
          s.createdBy,
        ],
      )
      .catch((error: { code?: string; constraint?: string }) => {
        if (error.code === '23505' && error.constraint === 'notice_subscriptions_one_per_address') return [] as NoticeSubscriptionRecord[];
        throw error;
      });
    return rows[0] ?? null;
  }

  /** Newest first; ended ones only when asked for. */
  async list(filter: { includeEnded: boolean; limit: number }): Promise<NoticeSubscriptionRecord[]> {
    return this.db.query(
      `SELECT ${columns} FROM notice_subscriptions WHERE $1::boolean OR ended_at IS NULL ORDER BY created_at DESC, id LIMIT $2`,
      [filter.includeEnded, filter.limit],
    );
  }

  async find(id: string): Promise<NoticeSubscriptionRecord | null> {
    const [row]: NoticeSubscriptionRecord[] = await this.db.query(`SELECT ${columns} FROM notice_subscriptions WHERE id = $1`, [id]);
    return row ?? null;
  }

  async findByConfirmHash(hash: string): Promise<NoticeSubscriptionRecord | null> {
    const [row]: NoticeSubscriptionRecord[] = await this.db.query(
      `SELECT ${columns} FROM notice_subscriptions WHERE confirm_token_hash = $1`,
      [hash],
    );
    return row ?? null;
  }

  async findByUnsubscribeHash(hash: string): Promise<NoticeSubscriptionRecord | null> {
    const [row]: NoticeSubscriptionRecord[] = await this.db.query(
      `SELECT ${columns} FROM notice_subscriptions WHERE unsubscribe_token_hash = $1`,
      [hash],
    );
    return row ?? null;
  }

  /**
   * Confirms the subscription the token was sent for. `secret`: a webhook's signing secret, given
   * only the first time (the page that confirms is the only place the subscriber sees it). Null when
   * no subscription has the token.
   */
  async confirm(
    confirmTokenHash: string,
  ): Promise<{ subscription: NoticeSubscriptionRecord; firstTime: boolean; webhookSecret: string | null } | null> {
    return this.db.transaction(async (tx) => {
      const [row]: (NoticeSubscriptionRecord & { webhookSecret: string | null })[] = await tx.query(
        `SELECT ${columns}, webhook_secret AS "webhookSecret" FROM notice_subscriptions WHERE confirm_token_hash = $1 FOR UPDATE`,
        [confirmTokenHash],
      );
      if (!row) return null;
      const { webhookSecret, ...subscription } = row;
      if (subscription.confirmedAt || subscription.endedAt) return { subscription, firstTime: false, webhookSecret: null };
      // The latest choice of what to be sent replaces an earlier subscription of the same address.
      const replaced: { id: string }[] = await tx.query(
        `WITH ended AS (
           UPDATE notice_subscriptions SET ended_at = now()
            WHERE ended_at IS NULL AND confirmed_at IS NOT NULL AND channel = $1
              AND (CASE WHEN channel = 'email' THEN lower(email) ELSE webhook_url END) = (CASE WHEN $1 = 'email' THEN lower($2) ELSE $3 END)
            RETURNING id)
         SELECT id FROM ended`,
        [subscription.channel, subscription.email, subscription.webhookUrl],
      );
      if (replaced.length > 0)
        await tx.query(`DELETE FROM notice_deliveries WHERE subscription_id = ANY($1::uuid[]) AND status = 'pending'`, [
          replaced.map((r) => r.id),
        ]);
      const [confirmed]: NoticeSubscriptionRecord[] = await tx.query(
        `WITH changed AS (UPDATE notice_subscriptions SET confirmed_at = now() WHERE id = $1 RETURNING ${columns}) SELECT * FROM changed`,
        [subscription.id],
      );
      return { subscription: confirmed, firstTime: true, webhookSecret };
    });
  }

  /** Ends a subscription (by an operator, or its own unsubscribe link); what was still waiting to go to it is dropped. */
  async end(id: string): Promise<NoticeSubscriptionRecord | null> {
    return this.endWhere('id = $1', id);
  }

  async endByUnsubscribeHash(hash: string): Promise<NoticeSubscriptionRecord | null> {
    return this.endWhere('unsubscribe_token_hash = $1', hash);
  }

  private endWhere(condition: string, value: string): Promise<NoticeSubscriptionRecord | null> {
    return this.db.transaction(async (tx) => {
      const [row]: NoticeSubscriptionRecord[] = await tx.query(
        // As a SELECT over the change: the driver answers an UPDATE with its count beside the rows.
        `WITH changed AS (UPDATE notice_subscriptions SET ended_at = coalesce(ended_at, now()) WHERE ${condition} RETURNING ${columns})
         SELECT * FROM changed`,
        [value],
      );
      if (!row) return null;
      await tx.query(`DELETE FROM notice_deliveries WHERE subscription_id = $1 AND status = 'pending'`, [row.id]);
      return row;
    });
  }

  /** A subscription whose confirmation mail could not be sent: it never existed for anyone. */
  async discardUnconfirmed(id: string): Promise<void> {
    await this.db.query(`DELETE FROM notice_subscriptions WHERE id = $1 AND confirmed_at IS NULL`, [id]);
  }

  /** How many self-made subscriptions for this address still wait for confirmation since `since` (to refuse sign-up floods). */
  async countUnconfirmedSince(email: string, since: Date): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM notice_subscriptions
        WHERE lower(email) = lower($1) AND confirmed_at IS NULL AND ended_at IS NULL AND created_at >= $2`,
      [email, since],
    );
    return n;
  }

  /** The codes of the components a subscription may name. */
  async componentCodes(): Promise<string[]> {
    const rows: { code: string }[] = await this.db.query(`SELECT code FROM notice_components WHERE active ORDER BY position`);
    return rows.map((r) => r.code);
  }

  /** The confirmed subscriptions still running, with what each asked for. */
  async active(): Promise<ActiveSubscriptionFilter[]> {
    return this.db.query(
      `SELECT id, components, environments, audiences FROM notice_subscriptions WHERE confirmed_at IS NOT NULL AND ended_at IS NULL`,
    );
  }
}

import { DataSource } from 'typeorm';
import type { AgencyDeliveryStatus } from '@inquiry-router/contracts';
import { acknowledgeByAgency, isRefusal, resolveByAgency } from '@inquiry-router/inquiry';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { outboxWriter } from './outbox.repository';
import { InquiryEntity } from '../entities/inquiry.entity';
import { entityOfRow, inquiryStateOf } from '../mappers/inquiry.mapper';
import { writeInquiryChange } from './inquiry-change.writer';

/** A delivery as agency-forwarder works on it. */
export interface AgencyDeliveryState {
  deliveryId: string;
  inquiryId: string;
  agency: string;
  status: AgencyDeliveryStatus;
  attempts: number;
  doneChannels: string[];
  firstAttemptAt: Date | null;
}

/** A delivery as supervisors list it. */
export interface AgencyDeliverySummary extends AgencyDeliveryState {
  lastError: string | null;
  forwardedAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
}

/** An inquiry in an agency's list: what it is, and how far the agency got with it. */
export interface AgencyInquiryListItem {
  inquiryId: string;
  channel: string;
  receivedAt: Date;
  language: string | null;
  subject: string | null;
  status: string;
  forwardedAt: Date | null;
  deliveryStatus: AgencyDeliveryStatus | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

type StateRow = {
  delivery_id: string;
  inquiry_id: string;
  agency: string;
  status: AgencyDeliveryStatus;
  attempts: number;
  done_channels: string[];
  first_attempt_at: Date | null;
};

type SummaryRow = StateRow & {
  last_error: string | null;
  forwarded_at: Date;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  failed_at: Date | null;
  acknowledged_at: Date | null;
  answered_at: Date | null;
};

const stateOf = (r: StateRow): AgencyDeliveryState => ({
  deliveryId: r.delivery_id,
  inquiryId: r.inquiry_id,
  agency: r.agency,
  status: r.status,
  attempts: r.attempts,
  doneChannels: r.done_channels,
  firstAttemptAt: r.first_attempt_at,
});

/**
 * The agencies' delivery ledger (`agency_deliveries`). Every change of a delivery is conditional on
 * the state the caller saw (status and attempts), so a redelivered message or a second instance
 * changes nothing twice; each writes the inquiry's history row in the same statement.
 */
export class AgencyDeliveryRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The delivery of a forwarded inquiry to an agency, recorded as pending the first time.
   * `restartFailed`: a failed one (dead-lettered, now replayed) starts over with a fresh schedule.
   */
  async open(item: { inquiryId: string; agency: string; forwardedAt: string }, restartFailed = false): Promise<AgencyDeliveryState> {
    await this.db.query(
      `INSERT INTO agency_deliveries (inquiry_id, agency, status, forwarded_at) VALUES ($1, $2, 'pending', $3)
       ON CONFLICT (inquiry_id, agency) DO NOTHING`,
      [item.inquiryId, item.agency, item.forwardedAt],
    );
    if (restartFailed) {
      await this.db.query(
        `UPDATE agency_deliveries SET status = 'pending', attempts = 0, done_channels = '{}', first_attempt_at = NULL,
                next_attempt_at = NULL, failed_at = NULL
          WHERE inquiry_id = $1 AND agency = $2 AND status = 'failed'`,
        [item.inquiryId, item.agency],
      );
    }
    const [row]: StateRow[] = await this.db.query(`SELECT * FROM agency_deliveries WHERE inquiry_id = $1 AND agency = $2`, [
      item.inquiryId,
      item.agency,
    ]);
    return stateOf(row);
  }

  /** Delivered (or available through the agency API): false when it was no longer pending at `attempts`. */
  async markDelivered(
    d: AgencyDeliveryState,
    outcome: { status: 'delivered' | 'available'; via: string[]; attempts: number; attemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean> {
    return this.changeLedger(
      events,
      `WITH done AS (
         UPDATE agency_deliveries SET status = $3, attempts = $4, done_channels = $5::text[], delivered_at = now(),
                last_attempt_at = $6, first_attempt_at = coalesce(first_attempt_at, $6), next_attempt_at = NULL, last_error = NULL
          WHERE delivery_id = $1 AND status = 'pending' AND attempts = $2
          RETURNING inquiry_id, agency, delivery_id)
       INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT inquiry_id, $7, 'agency-forwarder', jsonb_build_object('agency', agency, 'deliveryId', delivery_id, 'via', to_jsonb($5::text[]), 'attempts', $4::int)
         FROM done RETURNING inquiry_id`,
      [
        d.deliveryId,
        d.attempts,
        outcome.status,
        outcome.attempts,
        outcome.via,
        outcome.attemptAt,
        outcome.status === 'delivered' ? 'agency-delivered' : 'agency-available',
      ],
    );
  }

  /** A failed attempt with another to come at `nextAttemptAt`: false when it was no longer pending at `d.attempts`. */
  async recordFailedAttempt(
    d: AgencyDeliveryState,
    failure: { doneChannels: string[]; error: string; attemptAt: Date; nextAttemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean> {
    return this.changeLedger(
      events,
      `WITH failed AS (
         UPDATE agency_deliveries SET attempts = attempts + 1, done_channels = $3::text[], last_error = $4, last_attempt_at = $5,
                first_attempt_at = coalesce(first_attempt_at, $5), next_attempt_at = $6
          WHERE delivery_id = $1 AND status = 'pending' AND attempts = $2
          RETURNING inquiry_id, agency, attempts)
       INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT inquiry_id, 'agency-delivery-retry', 'agency-forwarder',
              jsonb_build_object('agency', agency, 'attempt', attempts, 'error', $4::text, 'nextAttemptAt', $6::timestamptz)
         FROM failed RETURNING inquiry_id`,
      [d.deliveryId, d.attempts, failure.doneChannels, failure.error, failure.attemptAt, failure.nextAttemptAt],
    );
  }

  /** Retries ran out: the delivery failed for good (supervisors list these). */
  async markFailed(
    d: AgencyDeliveryState,
    failure: { doneChannels: string[]; error: string; attemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean> {
    return this.changeLedger(
      events,
      `WITH failed AS (
         UPDATE agency_deliveries SET status = 'failed', attempts = attempts + 1, done_channels = $3::text[], last_error = $4,
                last_attempt_at = $5, first_attempt_at = coalesce(first_attempt_at, $5), next_attempt_at = NULL, failed_at = now()
          WHERE delivery_id = $1 AND status = 'pending' AND attempts = $2
          RETURNING inquiry_id, agency, attempts)
       INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT inquiry_id, 'agency-delivery-failed', 'agency-forwarder', jsonb_build_object('agency', agency, 'attempts', attempts, 'error', $4::text)
         FROM failed RETURNING inquiry_id`,
      [d.deliveryId, d.attempts, failure.doneChannels, failure.error, failure.attemptAt],
    );
  }

  /**
   * One conditional change of the ledger (with its history row) and, only if it applied, its
   * events in the outbox, in one transaction: a repeat that finds the delivery moved on adds none.
   */
  private changeLedger(events: readonly OutboxMessage[], sql: string, params: unknown[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows: unknown[] = await tx.query(sql, params);
      if (rows.length !== 1) return false;
      await outboxWriter.add(tx, events);
      return true;
    });
  }

  /** For supervisors: deliveries by status (e.g. the failed ones needing attention), newest first. */
  async list(filter: { status?: AgencyDeliveryStatus; agency?: string; limit: number }): Promise<AgencyDeliverySummary[]> {
    const rows: SummaryRow[] = await this.db.query(
      `SELECT * FROM agency_deliveries
        WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR agency = $2)
        ORDER BY recorded_at DESC, inquiry_id LIMIT $3`,
      [filter.status ?? null, filter.agency ?? null, filter.limit],
    );
    return rows.map((r) => ({
      ...stateOf(r),
      lastError: r.last_error,
      forwardedAt: r.forwarded_at,
      lastAttemptAt: r.last_attempt_at,
      nextAttemptAt: r.next_attempt_at,
      deliveredAt: r.delivered_at,
      failedAt: r.failed_at,
      acknowledgedAt: r.acknowledged_at,
      answeredAt: r.answered_at,
    }));
  }

  /** The open inquiries forwarded to one agency, oldest first; `agency` is required: no query spans agencies. */
  async listForAgency(agency: string, filter: { unacknowledged: boolean; limit: number }): Promise<AgencyInquiryListItem[]> {
    const rows: {
      id: string;
      channel: string;
      received_at: Date;
      language: string | null;
      subject: string | null;
      status: string;
      forwarded_at: Date | null;
      delivery_status: AgencyDeliveryStatus | null;
      acknowledged_at: Date | null;
      acknowledged_by: string | null;
    }[] = await this.db.query(
      `SELECT i.id, i.channel, i.received_at, i.language, i.subject, i.status, d.forwarded_at, d.status AS delivery_status,
              d.acknowledged_at, d.acknowledged_by
         FROM inquiries i LEFT JOIN agency_deliveries d ON d.inquiry_id = i.id AND d.agency = i.agency
        WHERE i.agency = $1 AND i.status = 'forwarded' AND (NOT $2::boolean OR d.acknowledged_at IS NULL)
        ORDER BY i.received_at, i.id LIMIT $3`,
      [agency, filter.unacknowledged, filter.limit],
    );
    return rows.map((r) => ({
      inquiryId: r.id,
      channel: r.channel,
      receivedAt: r.received_at,
      language: r.language,
      subject: r.subject,
      status: r.status,
      forwardedAt: r.forwarded_at,
      deliveryStatus: r.delivery_status,
      acknowledgedAt: r.acknowledged_at,
      acknowledgedBy: r.acknowledged_by,
    }));
  }

  /**
   * The agency has taken an inquiry forwarded to it (and still open) into its own handling. The
   * first acknowledgement counts; a repeat returns it. Null when no such inquiry is forwarded to it.
   */
  async acknowledge(agency: string, inquiryId: string, actor: string): Promise<{ acknowledgedAt: Date; acknowledgedBy: string } | null> {
    return this.db.transaction(async (tx) => {
      const [locked]: Record<string, unknown>[] = await tx.query(`SELECT * FROM inquiries WHERE id = $1 FOR UPDATE`, [inquiryId]);
      if (!locked) return null;
      const acknowledged = acknowledgeByAgency(inquiryStateOf(entityOfRow(tx, InquiryEntity, locked)), agency, actor);
      if (isRefusal(acknowledged)) return null;
      const [seen]: { acknowledged_at: Date | null; acknowledged_by: string | null }[] = await tx.query(
        `SELECT acknowledged_at, acknowledged_by FROM agency_deliveries WHERE inquiry_id = $1 AND agency = $2`,
        [inquiryId, agency],
      );
      if (seen?.acknowledged_at) return { acknowledgedAt: seen.acknowledged_at, acknowledgedBy: seen.acknowledged_by ?? actor };
      // The forwarder may not have recorded the delivery yet: the acknowledgement creates the row.
      const [row]: { acknowledged_at: Date; acknowledged_by: string }[] = await tx.query(
        `INSERT INTO agency_deliveries (inquiry_id, agency, status, forwarded_at, acknowledged_at, acknowledged_by)
         VALUES ($1, $2, 'pending', now(), now(), $3)
         ON CONFLICT (inquiry_id, agency) DO UPDATE SET acknowledged_at = now(), acknowledged_by = $3
         RETURNING acknowledged_at, acknowledged_by`,
        [inquiryId, agency, actor],
      );
      await writeInquiryChange(tx, inquiryId, acknowledged);
      return { acknowledgedAt: row.acknowledged_at, acknowledgedBy: row.acknowledged_by };
    });
  }

  /**
   * The agency answered: the inquiry is resolved, with the answer's message id in its history,
   * and `events` (the answer, the resolution) go to the outbox in the same transaction. Returns 'not-found' for an inquiry not forwarded to this
   * agency, 'already-resolved' when it was answered before.
   */
  async resolveWithAnswer(
    agency: string,
    inquiryId: string,
    actor: string,
    answer: { messageId: string },
    events: readonly OutboxMessage[],
  ): Promise<'resolved' | 'not-found' | 'already-resolved'> {
    return this.db.transaction(async (tx) => {
      const [locked]: Record<string, unknown>[] = await tx.query(`SELECT * FROM inquiries WHERE id = $1 FOR UPDATE`, [inquiryId]);
      if (!locked) return 'not-found';
      const resolved = resolveByAgency(inquiryStateOf(entityOfRow(tx, InquiryEntity, locked)), agency, actor, answer.messageId);
      if (isRefusal(resolved)) return resolved.refused === 'conflict' ? 'already-resolved' : 'not-found';
      await writeInquiryChange(tx, inquiryId, resolved);
      await tx.query(
        `INSERT INTO agency_deliveries AS d (inquiry_id, agency, status, forwarded_at, acknowledged_at, acknowledged_by, answered_at, answered_by)
         VALUES ($1, $2, 'pending', now(), now(), $3, now(), $3)
         ON CONFLICT (inquiry_id, agency) DO UPDATE
           SET acknowledged_at = coalesce(d.acknowledged_at, now()), acknowledged_by = coalesce(d.acknowledged_by, $3),
               answered_at = now(), answered_by = $3`,
        [inquiryId, agency, actor],
      );
      await outboxWriter.add(tx, events);
      return 'resolved';
    });
  }
}

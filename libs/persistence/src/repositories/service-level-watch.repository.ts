import { DataSource } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { outboxWriter } from './outbox.repository';

/** A waiting inquiry whose service level needs announcing: close to its due time, or past it. */
export interface ServiceLevelAlert {
  inquiryId: string;
  channel: string;
  queue: string;
  receivedAt: Date;
  dueAt: Date;
  slaTarget: string;
}

export type ServiceLevelAlertKind = 'warning' | 'breach';

/**
 * Finds waiting inquiries whose warning or due time has come, and marks each announced once.
 * Several router instances may run the check: rows are taken with SKIP LOCKED, so each alert is
 * handled by one of them.
 */
export class ServiceLevelWatchRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * In one transaction: takes up to `limit` queued inquiries of `kind` not yet announced
   * (a warning: the warning time has come but not the due time; a breach: the due time has
   * passed), marks them, writes their history rows and adds their events (`eventsOf`) to the outbox.
   */
  async announceDue(
    kind: ServiceLevelAlertKind,
    now: Date,
    limit: number,
    eventsOf: (alerts: ServiceLevelAlert[]) => OutboxMessage[],
  ): Promise<ServiceLevelAlert[]> {
    return this.db.transaction(async (tx) => {
      const condition =
        kind === 'warning'
          ? `sla_warned_at IS NULL AND sla_breached_at IS NULL AND sla_warn_at <= $1 AND due_at > $1`
          : `sla_breached_at IS NULL AND due_at <= $1`;
      const rows: { id: string; channel: string; queue: string; received_at: Date; due_at: Date; sla_target: string }[] = await tx.query(
        `SELECT id, channel, queue, received_at, due_at, sla_target FROM inquiries
          WHERE status = 'queued' AND due_at IS NOT NULL AND ${condition}
          ORDER BY due_at, id LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (rows.length === 0) return [];
      const alerts = rows.map((r) => ({
        inquiryId: r.id,
        channel: r.channel,
        queue: r.queue,
        receivedAt: r.received_at,
        dueAt: r.due_at,
        slaTarget: r.sla_target,
      }));
      const ids = alerts.map((a) => a.inquiryId);
      // A breach found before its warning was sent marks the warning done too: no warning after a breach.
      await tx.query(
        kind === 'warning'
          ? `UPDATE inquiries SET sla_warned_at = $2 WHERE id = ANY($1::text[])`
          : `UPDATE inquiries SET sla_breached_at = $2, sla_warned_at = coalesce(sla_warned_at, $2) WHERE id = ANY($1::text[])`,
        [ids, now],
      );
      await tx.query(
        `INSERT INTO inquiry_history (inquiry_id, event, details)
         SELECT x.inquiry_id, $2, x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, details jsonb)`,
        [
          JSON.stringify(
            alerts.map((a) => ({
              inquiry_id: a.inquiryId,
              details: { queue: a.queue, dueAt: a.dueAt.toISOString(), slaTarget: a.slaTarget },
            })),
          ),
          kind === 'warning' ? 'sla-warning' : 'sla-breached',
        ],
      );
      await outboxWriter.add(tx, eventsOf(alerts));
      return alerts;
    });
  }
}

import { DataSource } from 'typeorm';
import type { Channel } from '@inquiry-router/contracts';
import type { NoticeText } from '@inquiry-router/notices';

/** One queue as supervisors watch it. */
export interface QueueOverview {
  queue: string;
  /** Queued and not reserved by anyone. */
  waiting: number;
  /** Queued, offered to an adviser who has not accepted yet. */
  reserved: number;
  /** Accepted by an adviser and being handled. */
  inProgress: number;
  /** Received time of the longest-waiting unreserved inquiry. */
  oldestReceivedAt: Date | null;
  /** Waiting inquiries past their service-level warning time (or their due time). */
  atRisk: number;
  /** Waiting inquiries past their due time. */
  breached: number;
  /** Resolved since `since` with a due time, and how many of those within it. */
  resolvedToday: number;
  resolvedWithinTarget: number;
}

export interface AtRiskInquiry {
  id: string;
  queue: string;
  channel: string;
  subject: string | null;
  receivedAt: Date;
  dueAt: Date;
  breached: boolean;
}

/** Received since `since`, counted by channel, decision target, category and agency. */
export interface VolumeRow {
  channel: string;
  target: string | null;
  category: string | null;
  agency: string | null;
  count: number;
}

export interface AgencyAttention {
  /** Forwarded, delivered or readable by the agency, neither acknowledged nor answered. */
  awaitingAcknowledgement: number;
  /** Deliveries whose retries ran out. */
  failed: number;
  oldestAwaiting: { inquiryId: string; agency: string; status: string; forwardedAt: Date }[];
}

/** An inquiry an adviser holds: reserved for them (not yet accepted) or accepted. */
export interface HeldInquiry {
  id: string;
  channel: Channel;
  subject: string | null;
  queue: string | null;
  status: 'reserved' | 'claimed';
  receivedAt: Date;
  dueAt: Date | null;
  reservedUntil: Date | null;
  /** The known incident it is linked to (the latest link), if any. */
  incident: { noticeId: string; title: NoticeText } | null;
}

export interface LiveOverviewRows {
  queues: QueueOverview[];
  atRisk: AtRiskInquiry[];
  volume: VolumeRow[];
  agencies: AgencyAttention;
}

/**
 * What the supervisors' dashboard shows, read from the system of record in a few grouped
 * queries (cheap enough to run every few seconds): queues, service levels, today's volume and
 * what waits on agencies.
 */
export class LiveOverviewRepository {
  constructor(private readonly db: DataSource) {}

  async read(now: Date, since: Date, atRiskLimit = 10): Promise<LiveOverviewRows> {
    const [queueRows, resolvedRows, atRiskRows, volumeRows, agencyRows, awaitingRows] = await Promise.all([
      this.db.query<
        { queue: string; waiting: number; reserved: number; in_progress: number; oldest: Date | null; at_risk: number; breached: number }[]
      >(
        `SELECT queue,
                count(*) FILTER (WHERE status = 'queued' AND reserved_by IS NULL)::int AS waiting,
                count(*) FILTER (WHERE status = 'queued' AND reserved_by IS NOT NULL)::int AS reserved,
                count(*) FILTER (WHERE status = 'claimed')::int AS in_progress,
                min(received_at) FILTER (WHERE status = 'queued' AND reserved_by IS NULL) AS oldest,
                count(*) FILTER (WHERE status = 'queued' AND (due_at <= $1 OR sla_warn_at <= $1))::int AS at_risk,
                count(*) FILTER (WHERE status = 'queued' AND due_at <= $1)::int AS breached
           FROM inquiries WHERE status IN ('queued', 'claimed') AND queue IS NOT NULL
          GROUP BY queue`,
        [now],
      ),
      this.db.query<{ queue: string; resolved: number; within: number }[]>(
        `SELECT i.queue, count(*)::int AS resolved, count(*) FILTER (WHERE h.at <= i.due_at)::int AS within
           FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
          WHERE h.event = 'resolved' AND h.at >= $1 AND i.due_at IS NOT NULL AND i.queue IS NOT NULL
          GROUP BY i.queue`,
        [since],
      ),
      this.db.query<
        { id: string; queue: string; channel: string; subject: string | null; received_at: Date; due_at: Date; breached: boolean }[]
      >(
        `SELECT id, queue, channel, subject, received_at, due_at, due_at <= $1 AS breached
           FROM inquiries
          WHERE status = 'queued' AND queue IS NOT NULL AND (due_at <= $1 OR sla_warn_at <= $1)
          ORDER BY due_at, id LIMIT $2`,
        [now, atRiskLimit],
      ),
      this.db.query<VolumeRow[]>(
        `SELECT i.channel, d.target, d.category, d.agency, count(*)::int AS count
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.received_at >= $1
          GROUP BY 1, 2, 3, 4`,
        [since],
      ),
      this.db.query<{ awaiting: number; failed: number }[]>(
        `SELECT count(*) FILTER (WHERE status <> 'failed' AND acknowledged_at IS NULL AND answered_at IS NULL)::int AS awaiting,
                count(*) FILTER (WHERE status = 'failed' AND answered_at IS NULL)::int AS failed
           FROM agency_deliveries`,
      ),
      this.db.query<{ inquiry_id: string; agency: string; status: string; forwarded_at: Date }[]>(
        `SELECT inquiry_id, agency, status, forwarded_at FROM agency_deliveries
          WHERE status <> 'failed' AND acknowledged_at IS NULL AND answered_at IS NULL
          ORDER BY forwarded_at, inquiry_id LIMIT 10`,
      ),
    ]);
    const queues = new Map<string, QueueOverview>();
    for (const r of queueRows) {
      queues.set(r.queue, {
        queue: r.queue,
        waiting: r.waiting,
        reserved: r.reserved,
        inProgress: r.in_progress,
        oldestReceivedAt: r.oldest,
        atRisk: r.at_risk,
        breached: r.breached,
        resolvedToday: 0,
        resolvedWithinTarget: 0,
      });
    }
    for (const r of resolvedRows) {
      const q = queues.get(r.queue) ?? {
        queue: r.queue,
        waiting: 0,
        reserved: 0,
        inProgress: 0,
        oldestReceivedAt: null,
        atRisk: 0,
        breached: 0,
        resolvedToday: 0,
        resolvedWithinTarget: 0,
      };
      q.resolvedToday = r.resolved;
      q.resolvedWithinTarget = r.within;
      queues.set(r.queue, q);
    }
    return {
      queues: [...queues.values()],
      atRisk: atRiskRows.map((r) => ({
        id: r.id,
        queue: r.queue,
        channel: r.channel,
        subject: r.subject,
        receivedAt: r.received_at,
        dueAt: r.due_at,
        breached: r.breached,
      })),
      volume: volumeRows,
      agencies: {
        awaitingAcknowledgement: agencyRows[0]?.awaiting ?? 0,
        failed: agencyRows[0]?.failed ?? 0,
        oldestAwaiting: awaitingRows.map((r) => ({
          inquiryId: r.inquiry_id,
          agency: r.agency,
          status: r.status,
          forwardedAt: r.forwarded_at,
        })),
      },
    };
  }

  /** What one adviser holds now: reserved for them (not yet accepted) or accepted, oldest first. */
  async heldBy(adviser: string): Promise<HeldInquiry[]> {
    const rows: {
      id: string;
      channel: Channel;
      subject: string | null;
      queue: string | null;
      status: string;
      received_at: Date;
      due_at: Date | null;
      reserved_until: Date | null;
      notice_id: string | null;
      notice_title: NoticeText | null;
    }[] = await this.db.query(
      `SELECT i.id, i.channel, i.subject, i.queue, i.status, i.received_at, i.due_at, i.reserved_until,
              link.notice_id, link.title AS notice_title
         FROM inquiries i
         LEFT JOIN LATERAL (
           SELECT l.notice_id, n.title FROM incident_links l JOIN notices n ON n.id = l.notice_id
            WHERE l.inquiry_id = i.id ORDER BY l.linked_at DESC, l.notice_id LIMIT 1
         ) link ON true
        WHERE (i.status = 'claimed' AND i.assigned_to = $1) OR (i.status = 'queued' AND i.reserved_by = $1)
        ORDER BY i.received_at, i.id`,
      [adviser],
    );
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      subject: r.subject,
      queue: r.queue,
      status: r.status === 'queued' ? 'reserved' : 'claimed',
      receivedAt: r.received_at,
      dueAt: r.due_at,
      reservedUntil: r.status === 'queued' ? r.reserved_until : null,
      incident: r.notice_id ? { noticeId: r.notice_id, title: r.notice_title! } : null,
    }));
  }
}

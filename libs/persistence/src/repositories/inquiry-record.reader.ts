import { DataSource } from 'typeorm';
import type { IncidentLinkView } from '@inquiry-router/contracts';
import { InquiryEntity } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';
import { entityOfRow } from '../mappers/inquiry.mapper';
import type { InquiryRecord } from './inquiry.repository';

/** An inquiry with its decision, history and conversation, read in one round trip. */
export class InquiryRecordReader {
  constructor(private readonly db: DataSource) {}

  /** What a claim answers with; the same record as `InquiryRepository.find`, read without entity hydration. */
  async record(id: string): Promise<InquiryRecord | null> {
    const [row]: {
      inquiry: Record<string, unknown>;
      decision: Record<string, unknown> | null;
      history: Record<string, unknown>[];
      thread: Record<string, unknown>[];
      incidents: {
        noticeId: string;
        title: IncidentLinkView['title'];
        status: IncidentLinkView['status'];
        linkedAt: string;
        explanation: string[];
      }[];
    }[] = await this.db.query(
      `SELECT to_jsonb(i) AS inquiry, to_jsonb(d) AS decision,
                coalesce((SELECT jsonb_agg(to_jsonb(h) ORDER BY h.at, h.id) FROM inquiry_history h WHERE h.inquiry_id = i.id), '[]') AS history,
                coalesce((SELECT jsonb_agg(to_jsonb(t) ORDER BY t.received_at, t.id) FROM inquiries t WHERE t.thread_id = i.thread_id), '[]') AS thread,
                coalesce((SELECT jsonb_agg(jsonb_build_object('noticeId', l.notice_id, 'title', n.title, 'status', n.status,
                                                              'linkedAt', l.linked_at, 'explanation', l.explanation)
                                           ORDER BY l.linked_at DESC, l.notice_id)
                            FROM incident_links l JOIN notices n ON n.id = l.notice_id WHERE l.inquiry_id = i.id), '[]') AS incidents
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      inquiry: entityOfRow(this.db, InquiryEntity, row.inquiry),
      decision: row.decision ? entityOfRow(this.db, RoutingDecisionEntity, row.decision) : null,
      history: row.history.map((h) => entityOfRow(this.db, InquiryHistoryEntity, h)),
      thread: row.thread.map((t) => entityOfRow(this.db, InquiryEntity, t)),
      // jsonb gives the time in Postgres' own format: as ISO 8601, as linksOf gives it.
      incidents: row.incidents.map((l) => ({ ...l, linkedAt: new Date(l.linkedAt).toISOString() })),
    };
  }
}

import { DataSource } from 'typeorm';
import type { Channel, DecisionReason, IncidentCountView, IncidentLinkView, NoticeStatus, NoticeTextView } from '@inquiry-router/contracts';
import type { Notice, NoticeComponent } from '@inquiry-router/notices';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { activeNoticeComponents } from './notice.reader';
import { outboxWriter } from './outbox.repository';

/** The incidents inquiries may be linked to, with the portal's components (what categories they cause). */
export interface IncidentsAndComponents {
  incidents: Notice[];
  components: NoticeComponent[];
}

/** A link the router found between a new inquiry and an incident, with why. */
export interface NewIncidentLink {
  inquiryId: string;
  noticeId: string;
  explanation: string[];
  /** The same explanation as reason codes with their values, line for line. */
  explanationCodes: DecisionReason[];
  /** Whether the inquirer is sent a notice of it (not a caller: the menu told them). */
  told: boolean;
}

/** An inquiry linked to an incident, as operators and the support staff list them. */
export interface LinkedInquiry {
  inquiryId: string;
  channel: Channel;
  status: string;
  linkedAt: Date;
  answeredAt: Date | null;
}

/** The incident an inquiry in a listing is linked to (the latest, if several). */
export interface InquiryIncident {
  noticeId: string;
  title: NoticeTextView;
}

type NoticeRow = {
  id: string;
  kind: Notice['kind'];
  status: Notice['status'];
  severity: Notice['severity'];
  title: Notice['title'];
  description: Notice['description'];
  components: string[];
  environments: Notice['environments'];
  audiences: Notice['audiences'];
  keywords: string[];
  starts_at: Date;
  expected_end_at: Date | null;
  ended_at: Date | null;
};

/**
 * Inquiries linked to incidents: the incidents the router and the phone menu match against, the
 * links with the history row and notice each new one makes, and what advisers and the dashboard
 * see of them.
 */
export class IncidentLinkRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Incidents not ended, and those ended since `endedSince` (an inquiry received during one may be
   * routed after it ended), with the active components.
   */
  async incidentsAndComponents(endedSince: Date): Promise<IncidentsAndComponents> {
    const [rows, components] = await Promise.all([
      this.db.query<NoticeRow[]>(
        `SELECT id, kind, status, severity, title, description, components, environments, audiences, keywords,
                starts_at, expected_end_at, ended_at
           FROM notices WHERE kind = 'incident' AND (ended_at IS NULL OR ended_at >= $1)
          ORDER BY starts_at DESC, id`,
        [endedSince],
      ),
      activeNoticeComponents(this.db),
    ]);
    return {
      incidents: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        severity: r.severity,
        title: r.title,
        description: r.description,
        components: r.components,
        environments: r.environments,
        audiences: r.audiences,
        keywords: r.keywords,
        startsAt: r.starts_at,
        expectedEndAt: r.expected_end_at,
        endedAt: r.ended_at,
      })),
      components,
    };
  }

  /**
   * Stores the links not made before (a redelivered inquiry finds its link there), and for each new
   * one its history row and the events `eventsOf` makes of it (the inquirer's notice), in one
   * transaction. Returns the links made now.
   */
  async recordLinks(links: readonly NewIncidentLink[], eventsOf: (made: NewIncidentLink[]) => OutboxMessage[]): Promise<NewIncidentLink[]> {
    if (links.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const inserted: { inquiry_id: string; notice_id: string }[] = await tx.query(
        `INSERT INTO incident_links (inquiry_id, notice_id, explanation, explanation_codes)
         SELECT x.inquiry_id, x.notice_id, x.explanation, x.explanation_codes
           FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, notice_id text, explanation text[], explanation_codes jsonb)
         ON CONFLICT (inquiry_id, notice_id) DO NOTHING
         RETURNING inquiry_id, notice_id`,
        [
          JSON.stringify(
            links.map((l) => ({
              inquiry_id: l.inquiryId,
              notice_id: l.noticeId,
              explanation: l.explanation,
              explanation_codes: l.explanationCodes,
            })),
          ),
        ],
      );
      const fresh = new Set(inserted.map((r) => `${r.inquiry_id}\u0000${r.notice_id}`));
      const made = links.filter((l) => fresh.has(`${l.inquiryId}\u0000${l.noticeId}`));
      if (made.length === 0) return [];
      await tx.query(
        `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
         SELECT x.inquiry_id, 'linked-to-incident', 'router', x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, details jsonb)`,
        [
          JSON.stringify(
            made.map((l) => ({ inquiry_id: l.inquiryId, details: { noticeId: l.noticeId, explanation: l.explanation, told: l.told } })),
          ),
        ],
      );
      await outboxWriter.add(tx, eventsOf(made));
      return made;
    });
  }

  /** The incidents an inquiry is linked to, latest first. */
  async linksOf(inquiryId: string): Promise<IncidentLinkView[]> {
    const rows: {
      notice_id: string;
      title: NoticeTextView;
      status: NoticeStatus;
      linked_at: Date;
      explanation: string[];
      explanation_codes: DecisionReason[] | null;
    }[] = await this.db.query(
      `SELECT l.notice_id, n.title, n.status, l.linked_at, l.explanation, l.explanation_codes
           FROM incident_links l JOIN notices n ON n.id = l.notice_id
          WHERE l.inquiry_id = $1 ORDER BY l.linked_at DESC, l.notice_id`,
      [inquiryId],
    );
    return rows.map((r) => ({
      noticeId: r.notice_id,
      title: r.title,
      status: r.status,
      linkedAt: r.linked_at.toISOString(),
      explanation: r.explanation,
      // A link made before its reasons had codes, or whose codes no longer match its (erased) text, has none.
      ...(r.explanation_codes && r.explanation_codes.length === r.explanation.length ? { explanationCodes: r.explanation_codes } : {}),
    }));
  }

  /** For a listing: the incident each of `inquiryIds` is linked to (the latest), if any. */
  async incidentsOf(inquiryIds: readonly string[]): Promise<Map<string, InquiryIncident>> {
    if (inquiryIds.length === 0) return new Map();
    const rows: { inquiry_id: string; notice_id: string; title: NoticeTextView }[] = await this.db.query(
      `SELECT DISTINCT ON (l.inquiry_id) l.inquiry_id, l.notice_id, n.title
         FROM incident_links l JOIN notices n ON n.id = l.notice_id
        WHERE l.inquiry_id = ANY($1::text[])
        ORDER BY l.inquiry_id, l.linked_at DESC, l.notice_id`,
      [inquiryIds],
    );
    return new Map(rows.map((r) => [r.inquiry_id, { noticeId: r.notice_id, title: r.title }]));
  }

  /** The inquiries linked to a notice, oldest link first; null when there is no such notice. */
  async linkedInquiries(noticeId: string): Promise<LinkedInquiry[] | null> {
    const [notice]: { id: string }[] = await this.db.query(`SELECT id FROM notices WHERE id = $1`, [noticeId]);
    if (!notice) return null;
    const rows: { inquiry_id: string; channel: Channel; status: string; linked_at: Date; answered_at: Date | null }[] = await this.db.query(
      `SELECT l.inquiry_id, i.channel, i.status, l.linked_at, l.answered_at
         FROM incident_links l JOIN inquiries i ON i.id = l.inquiry_id
        WHERE l.notice_id = $1 ORDER BY l.linked_at, l.inquiry_id`,
      [noticeId],
    );
    return rows.map((r) => ({
      inquiryId: r.inquiry_id,
      channel: r.channel,
      status: r.status,
      linkedAt: r.linked_at,
      answeredAt: r.answered_at,
    }));
  }

  /** Inquiries per incident in force or ended since `endedSince`, with links: all linked, and those not yet resolved. */
  async incidentCounts(endedSince: Date): Promise<IncidentCountView[]> {
    const rows: { notice_id: string; title: NoticeTextView; status: NoticeStatus; linked: number; open: number }[] = await this.db.query(
      `SELECT n.id AS notice_id, n.title, n.status, count(*)::int AS linked,
              count(*) FILTER (WHERE i.status <> 'resolved')::int AS open
         FROM notices n JOIN incident_links l ON l.notice_id = n.id JOIN inquiries i ON i.id = l.inquiry_id
        WHERE n.kind = 'incident' AND (n.ended_at IS NULL OR n.ended_at >= $1)
        GROUP BY n.id ORDER BY n.starts_at DESC, n.id`,
      [endedSince],
    );
    return rows.map((r) => ({ noticeId: r.notice_id, title: r.title, status: r.status, linked: r.linked, open: r.open }));
  }
}

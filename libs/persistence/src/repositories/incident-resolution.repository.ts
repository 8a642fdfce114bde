import { DataSource } from 'typeorm';
import type { Channel, IncidentResolutionView, NoticeTextView } from '@inquiry-router/contracts';
import type { InquiryChange, InquiryState } from '@inquiry-router/inquiry';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { InquiryEntity } from '../entities/inquiry.entity';
import { entityOfRow, inquiryStateOf } from '../mappers/inquiry.mapper';
import { writeInquiryChange } from './inquiry-change.writer';
import { outboxWriter } from './outbox.repository';

/** A resolution as stored: the text every linked inquiry is answered with, and how far it got. */
export interface IncidentResolutionRecord extends IncidentResolutionView {
  text: NoticeTextView;
}

/** What starting a resolution found. */
export type ResolutionStart =
  | { outcome: 'started' | 'running' | 'finished'; resolution: IncidentResolutionRecord }
  | { outcome: 'not-found' }
  | { outcome: 'not-resolved'; kind: string; status: string };

/** A linked inquiry, locked, as answering it for the incident sees it. */
export interface LinkedInquiryRow extends InquiryState {
  channel: Channel;
  language: string | null;
  subject: string | null;
}

/** What answering one linked inquiry does: the lifecycle's change (none: left as it is) and the events it publishes. */
export interface LinkAnswer {
  change: InquiryChange | null;
  outbox: OutboxMessage[];
}

export type LinkAnswered =
  | { outcome: 'answered'; before: LinkedInquiryRow; changed: boolean }
  /** No link left unanswered that this instance could take; `finished`: none is left at all, and the resolution is done. */
  | { outcome: 'none'; finished: boolean };

type ResolutionRow = {
  notice_id: string;
  text: NoticeTextView;
  total: number;
  answered: number;
  started_by: string;
  started_at: Date;
  finished_at: Date | null;
};

const viewOf = (r: ResolutionRow): IncidentResolutionRecord => ({
  noticeId: r.notice_id,
  state: r.finished_at ? 'finished' : 'running',
  total: r.total,
  answered: r.answered,
  startedBy: r.started_by,
  startedAt: r.started_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  text: r.text,
});

/**
 * Answering a resolved incident's linked inquiries at once: the resolution (its text, how many and
 * how far), and the answering itself, one link per transaction, so a stop halfway loses none and
 * answers none twice; several instances share the work (`SKIP LOCKED`).
 */
export class IncidentResolutionRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Starts answering the notice's unanswered links with `text`, if the notice is a resolved
   * incident and no resolution was started; otherwise says what stands in the way (or the one
   * already there).
   */
  async start(noticeId: string, text: NoticeTextView, startedBy: string): Promise<ResolutionStart> {
    return this.db.transaction(async (tx) => {
      // The notice's lock orders two starts: the second sees the first one's row.
      const [notice]: { kind: string; status: string }[] = await tx.query(`SELECT kind, status FROM notices WHERE id = $1 FOR UPDATE`, [
        noticeId,
      ]);
      if (!notice) return { outcome: 'not-found' };
      if (notice.kind !== 'incident' || notice.status !== 'resolved')
        return { outcome: 'not-resolved', kind: notice.kind, status: notice.status };
      const [existing]: ResolutionRow[] = await tx.query(`SELECT * FROM incident_resolutions WHERE notice_id = $1`, [noticeId]);
      if (existing) return { outcome: existing.finished_at ? 'finished' : 'running', resolution: viewOf(existing) };
      const [created]: ResolutionRow[] = await tx.query(
        `INSERT INTO incident_resolutions (notice_id, text, total, started_by)
         SELECT $1, $2::jsonb, count(*)::int, $3 FROM incident_links WHERE notice_id = $1 AND answered_at IS NULL
         RETURNING *`,
        [noticeId, JSON.stringify(text), startedBy],
      );
      return { outcome: 'started', resolution: viewOf(created) };
    });
  }

  async find(noticeId: string): Promise<IncidentResolutionRecord | null> {
    const [row]: ResolutionRow[] = await this.db.query(`SELECT * FROM incident_resolutions WHERE notice_id = $1`, [noticeId]);
    return row ? viewOf(row) : null;
  }

  /** Resolutions not finished (started here or elsewhere, or cut off by a stop), oldest first. */
  async unfinished(): Promise<IncidentResolutionRecord[]> {
    const rows: ResolutionRow[] = await this.db.query(
      `SELECT * FROM incident_resolutions WHERE finished_at IS NULL ORDER BY started_at, notice_id`,
    );
    return rows.map(viewOf);
  }

  /**
   * Answers the next unanswered link of the notice in one transaction: the link and its inquiry
   * locked (a link another instance holds is skipped), `plan` decides from the inquiry as it
   * stands, its change, history row and events are written, the link marked answered and the
   * resolution counted (a link made after the start, of an inquiry received during the incident but
   * routed late, is answered too and raises the total). With no link left, the resolution is marked finished.
   */
  async answerNext(noticeId: string, plan: (row: LinkedInquiryRow) => LinkAnswer): Promise<LinkAnswered> {
    return this.db.transaction(async (tx) => {
      const [link]: { inquiry_id: string }[] = await tx.query(
        `SELECT inquiry_id FROM incident_links WHERE notice_id = $1 AND answered_at IS NULL
          ORDER BY linked_at, inquiry_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [noticeId],
      );
      if (!link) {
        const finished: unknown[] = await tx.query(
          `UPDATE incident_resolutions SET finished_at = now()
            WHERE notice_id = $1 AND finished_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM incident_links WHERE notice_id = $1 AND answered_at IS NULL)
           RETURNING notice_id`,
          [noticeId],
        );
        return { outcome: 'none', finished: finished.length > 0 };
      }
      const [raw]: Record<string, unknown>[] = await tx.query(`SELECT * FROM inquiries WHERE id = $1 FOR UPDATE`, [link.inquiry_id]);
      const entity = entityOfRow(tx, InquiryEntity, raw);
      const before: LinkedInquiryRow = {
        ...inquiryStateOf(entity),
        channel: entity.channel,
        language: entity.language,
        subject: entity.subject,
      };
      const answer = plan(before);
      if (answer.change) await writeInquiryChange(tx, before.id, answer.change);
      await outboxWriter.add(tx, answer.outbox);
      await tx.query(`UPDATE incident_links SET answered_at = now() WHERE notice_id = $1 AND inquiry_id = $2`, [noticeId, before.id]);
      await tx.query(
        `UPDATE incident_resolutions SET answered = answered + 1, total = greatest(total, answered + 1) WHERE notice_id = $1`,
        [noticeId],
      );
      return { outcome: 'answered', before, changed: answer.change !== null };
    });
  }
}

import { DataSource, EntityManager } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { Notice, NoticeText } from '@inquiry-router/notices';
import { outboxWriter } from './outbox.repository';
import { noticeOn, type NoticeRecord } from './notice.reader';

/** A notice to register: the domain's fields but the id, which the database numbers. */
export type NewNoticeRecord = Omit<Notice, 'id' | 'endedAt'>;

/** The history entry a change writes beside it. */
export interface NoticeChangeEntry {
  message: NoticeText;
  /** The fields changed besides the status (none for a registration). */
  changed: string[];
  changedBy: string;
  changedAt: Date;
}

/** The events of a change, made from the notice as it stands after it (its last history entry is the change's). */
export type NoticeEvents = (notice: NoticeRecord) => OutboxMessage[];

export type NoticeRevisionOutcome = { outcome: 'revised'; notice: NoticeRecord } | { outcome: 'stale' } | { outcome: 'not-found' };

/**
 * Registers and updates operational notices. Each change writes, in one transaction, the notice,
 * its history entry (`notice_updates`) and its events to the outbox: all of it or none.
 */
export class NoticeWriter {
  constructor(private readonly db: DataSource) {}

  /** The new notice (numbered `DRIFT-nnnnn` by the database) with its first history entry, sequence 1. */
  async register(notice: NewNoticeRecord, entry: NoticeChangeEntry, eventsOf: NoticeEvents): Promise<NoticeRecord> {
    return this.db.transaction(async (tx) => {
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO notices (kind, status, severity, title, description, components, environments, audiences, keywords,
                              starts_at, expected_end_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::text[], $7::text[], $8::text[], $9::text[], $10, $11, $12, $13, $13)
         RETURNING id`,
        [
          notice.kind,
          notice.status,
          notice.severity,
          JSON.stringify(notice.title),
          JSON.stringify(notice.description),
          notice.components,
          notice.environments,
          notice.audiences,
          notice.keywords,
          notice.startsAt,
          notice.expectedEndAt,
          entry.changedBy,
          entry.changedAt,
        ],
      );
      await this.addEntry(tx, id, 1, notice.status, entry);
      return this.finish(tx, id, eventsOf);
    });
  }

  /**
   * Stores `next` over the notice if it is still at `version` (optimistic locking: `stale` when
   * someone changed it since it was read), adding the next history entry and the events.
   */
  async revise(next: Notice, version: number, entry: NoticeChangeEntry, eventsOf: NoticeEvents): Promise<NoticeRevisionOutcome> {
    return this.db.transaction(async (tx) => {
      const revised: { sequence: number }[] = await tx.query(
        // As a SELECT over the changed row: typeorm answers a bare UPDATE with [rows, count].
        `WITH changed AS (
           UPDATE notices SET status = $3, severity = $4, title = $5::jsonb, components = $6::text[], environments = $7::text[],
                  audiences = $8::text[], keywords = $9::text[], expected_end_at = $10, ended_at = $11,
                  updated_at = $12, version = version + 1
            WHERE id = $1 AND version = $2 RETURNING id)
         SELECT coalesce(max(u.sequence), 0) + 1 AS sequence FROM changed JOIN notice_updates u ON u.notice_id = changed.id`,
        [
          next.id,
          version,
          next.status,
          next.severity,
          JSON.stringify(next.title),
          next.components,
          next.environments,
          next.audiences,
          next.keywords,
          next.expectedEndAt,
          next.endedAt,
          entry.changedAt,
        ],
      );
      const sequence = Number(revised[0]?.sequence ?? 1);
      if (sequence === 1) {
        // Nothing was updated (an aggregate over no rows still answers a row): the notice moved on, or is not there.
        const [exists]: unknown[] = await tx.query(`SELECT 1 FROM notices WHERE id = $1`, [next.id]);
        return { outcome: exists ? 'stale' : 'not-found' };
      }
      await this.addEntry(tx, next.id, sequence, next.status, entry);
      return { outcome: 'revised', notice: await this.finish(tx, next.id, eventsOf) };
    });
  }

  private async addEntry(tx: EntityManager, id: string, sequence: number, status: string, entry: NoticeChangeEntry): Promise<void> {
    await tx.query(
      `INSERT INTO notice_updates (notice_id, sequence, status, message, changed, changed_by, changed_at)
       VALUES ($1, $2, $3, $4::jsonb, $5::text[], $6, $7)`,
      [id, sequence, status, JSON.stringify(entry.message), entry.changed, entry.changedBy, entry.changedAt],
    );
  }

  private async finish(tx: EntityManager, id: string, eventsOf: NoticeEvents): Promise<NoticeRecord> {
    const record = (await noticeOn(tx, id))!;
    await outboxWriter.add(tx, eventsOf(record));
    return record;
  }
}

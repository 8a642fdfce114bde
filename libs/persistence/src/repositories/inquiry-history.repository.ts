import { DataSource } from 'typeorm';
import type { InquiryHistoryEntry } from '@inquiry-router/inquiry';

/** History rows for changes made outside an action (the router's diverts). */
export class InquiryHistoryRepository {
  constructor(private readonly db: DataSource) {}

  async add(entries: (InquiryHistoryEntry & { inquiryId: string })[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT x.inquiry_id, x.event, x.actor, x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, event text, actor text, details jsonb)`,
      [JSON.stringify(entries.map((e) => ({ inquiry_id: e.inquiryId, event: e.event, actor: e.actor, details: e.details })))],
    );
  }
}

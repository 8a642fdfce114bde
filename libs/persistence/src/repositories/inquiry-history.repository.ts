import { DataSource } from 'typeorm';
import type { InquiryHistoryEntry } from '@inquiry-router/inquiry';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { outboxWriter } from './outbox.repository';

/** History rows for changes made outside an action (the router's diverts), with their events in the outbox. */
export class InquiryHistoryRepository {
  constructor(private readonly db: DataSource) {}

  async add(entries: (InquiryHistoryEntry & { inquiryId: string })[], events: readonly OutboxMessage[] = []): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
         SELECT x.inquiry_id, x.event, x.actor, x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, event text, actor text, details jsonb)`,
        [JSON.stringify(entries.map((e) => ({ inquiry_id: e.inquiryId, event: e.event, actor: e.actor, details: e.details })))],
      );
      await outboxWriter.add(tx, events);
    });
  }
}

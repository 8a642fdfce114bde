import { DataSource } from 'typeorm';
import type { InquiryHistoryEntry } from '@inquiry-router/inquiry';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { addHistoryRows } from './inquiry-change.writer';
import { outboxWriter } from './outbox.repository';

/** History rows for changes made outside an action (the router's diverts), with their events in the outbox. */
export class InquiryHistoryRepository {
  constructor(private readonly db: DataSource) {}

  async add(entries: (InquiryHistoryEntry & { inquiryId: string })[], events: readonly OutboxMessage[] = []): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction(async (tx) => {
      await addHistoryRows(tx, entries);
      await outboxWriter.add(tx, events);
    });
  }
}

import type { DataSource } from 'typeorm';

/** A contact of the past, as the contact history counts it: which channel, and when it came. */
export interface PastContact {
  id: string;
  channel: string;
  receivedAt: Date | string;
}

/**
 * Writes past contacts as bare inquiry rows (resolved, each its own thread, no text worth reading),
 * 5,000 to a statement: the history a reader, forecast or backtest counts, without going through
 * intake and routing.
 */
export async function writePastContacts(db: DataSource, contacts: readonly PastContact[]): Promise<void> {
  for (let i = 0; i < contacts.length; i += 5000) {
    const rows = contacts.slice(i, i + 5000).map((c) => ({ id: c.id, channel: c.channel, received_at: c.receivedAt }));
    await db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, body, thread_id, status)
       SELECT x.id, x.channel, x.received_at, '{}'::jsonb, 'support@example.no', 'a question', x.id, 'resolved'
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, channel text, received_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
}

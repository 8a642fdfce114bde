import { DataSource, EntityManager } from 'typeorm';

/** A message to publish once the change that produced it is committed (transactional outbox). */
export interface OutboxMessage {
  topic: string;
  key: string;
  payload: unknown;
}

export async function writeOutbox(q: EntityManager | DataSource, prefix: string, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await q.query(
    `INSERT INTO work_outbox (topic_prefix, topic, message_key, payload)
     SELECT $1, x.topic, x.key, x.payload FROM jsonb_to_recordset($2::jsonb) AS x(topic text, key text, payload jsonb)`,
    [prefix, JSON.stringify(messages)],
  );
}

/** The work events' outbox: what the work actions wrote in their transactions, published after. */
export class WorkOutboxRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Publishes pending outbox messages of one topic prefix: takes up to `limit` (skipping rows
   * another relay holds), hands them to `publish`, and deletes them only once it resolved.
   */
  async relayOutbox(prefix: string, limit: number, publish: (messages: (OutboxMessage & { id: string })[]) => Promise<void>): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: { id: string; topic: string; message_key: string; payload: unknown }[] = await tx.query(
        `SELECT id, topic, message_key, payload FROM work_outbox WHERE topic_prefix = $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [prefix, limit],
      );
      if (rows.length === 0) return 0;
      await publish(rows.map((r) => ({ id: r.id, topic: r.topic, key: r.message_key, payload: r.payload })));
      await tx.query(`DELETE FROM work_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}

import { DataSource, EntityManager } from 'typeorm';
import type { OutboxMessage, OutboxStore } from '@inquiry-router/messaging';
import { onDataSource } from '../port-binding';

/**
 * An event of a work action, written to the outbox with the change: `topic` is the contract's
 * topic name, which the action names on the broker with the app's topic prefix when it writes it.
 */
export type WorkEventMessage = OutboxMessage;

/** The events as the outbox keeps them: under their full topic name on the broker. */
export function onTopicsOf(topicPrefix: string, messages: readonly WorkEventMessage[]): OutboxMessage[] {
  return messages.map((m) => ({ ...m, topic: `${topicPrefix}${m.topic}` }));
}

/** Adds messages to the outbox inside the transaction of the change they report. */
export interface OutboxWriter {
  add(tx: EntityManager, messages: readonly OutboxMessage[]): Promise<void>;
}

/** The outbox table, written by the repositories of every change that publishes events. */
export const outboxWriter: OutboxWriter = {
  async add(tx, messages) {
    if (messages.length === 0) return;
    await tx.query(
      // In the order given: the ids number them, and the relay publishes by id.
      `INSERT INTO outbox (topic, message_key, payload, headers)
       SELECT m->>'topic', m->>'key', m->'payload', m->'headers' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(m, n) ORDER BY n`,
      [JSON.stringify(messages)],
    );
  },
};

/** The outbox as its relay takes from it. */
export class OutboxRepository implements OutboxStore {
  constructor(private readonly db: DataSource) {}

  async relay(topics: readonly string[], limit: number, publish: (messages: OutboxMessage[]) => Promise<void>): Promise<number> {
    return this.db.transaction(async (tx) => {
      // One relay of these topics at a time: two taking turns could publish one key's messages out of order.
      const [{ locked }]: { locked: boolean }[] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [
        [...topics].sort().join(','),
      ]);
      if (!locked) return 0;
      const rows: { id: string; topic: string; message_key: string; payload: unknown; headers: Record<string, string> | null }[] =
        await tx.query(
          `SELECT id, topic, message_key, payload, headers FROM outbox WHERE topic = ANY($1::text[]) ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [topics, limit],
        );
      if (rows.length === 0) return 0;
      await publish(
        rows.map((r) => ({ topic: r.topic, key: r.message_key, payload: r.payload, ...(r.headers && { headers: r.headers }) })),
      );
      await tx.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}

/** The Postgres outbox as an app's outbox store (`OutboxModule.forStore(postgresOutboxStore)`). */
export const postgresOutboxStore = onDataSource<OutboxStore>(OutboxRepository);

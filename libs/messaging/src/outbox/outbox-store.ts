import type { OutboxMessage } from './outbox-message';

/**
 * Where the outbox is kept (Postgres, in `libs/persistence`), as the relay uses it. Writers add
 * to it through their own repositories, inside the transactions of their changes.
 */
export interface OutboxStore {
  /**
   * In one transaction: takes up to `limit` pending messages of `topics`, in the order they were
   * written (skipping rows another relay holds), hands them to `publish`, and deletes them only
   * once `publish` resolved. Returns how many it took; none when another relay of the same topics
   * is at work (one relay at a time keeps each key's messages in order).
   */
  relay(topics: readonly string[], limit: number, publish: (messages: OutboxMessage[]) => Promise<void>): Promise<number>;
}

export const OutboxStore = Symbol('OutboxStore');

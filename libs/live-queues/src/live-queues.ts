import Redis from 'ioredis';

/**
 * The live adviser queues in Redis: one sorted set per queue, scored by when the inquiry was
 * received, so the oldest comes first and a returned inquiry keeps its place. Postgres is the
 * system of record; these sets can be rebuilt from it.
 */
export class LiveQueues {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  private key(queue: string): string {
    return `${this.keyPrefix}queue:${queue}`;
  }

  /** Adds inquiries to their queues; one already there keeps its place (idempotent). */
  async enqueue(entries: { queue: string; id: string; receivedAt: Date }[]): Promise<void> {
    if (entries.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const e of entries) pipeline.zadd(this.key(e.queue), 'NX', e.receivedAt.getTime(), e.id);
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  /** Atomically removes and returns the oldest entry: two callers never get the same one. */
  async popOldest(queue: string): Promise<{ id: string; receivedAt: Date } | null> {
    const [id, score] = await this.redis.zpopmin(this.key(queue));
    return id === undefined ? null : { id, receivedAt: new Date(Number(score)) };
  }

  /** Takes an inquiry out of a queue (it was re-routed); one not there is no error. */
  async remove(queue: string, id: string): Promise<void> {
    await this.redis.zrem(this.key(queue), id);
  }

  async size(queue: string): Promise<number> {
    return this.redis.zcard(this.key(queue));
  }

  async ids(queue: string): Promise<string[]> {
    return this.redis.zrange(this.key(queue), 0, -1);
  }

  /**
   * Makes a queue hold at least the given entries (the system of record's waiting inquiries), each
   * at its original age. Merges rather than replaces, so an enqueue racing with the rebuild is kept;
   * an entry that is no longer waiting is skipped by whoever pops it.
   */
  async restore(queue: string, entries: { id: string; receivedAt: Date }[]): Promise<number> {
    if (entries.length === 0) return 0;
    const args = entries.flatMap((e) => [e.receivedAt.getTime(), e.id]);
    return this.redis.zadd(this.key(queue), 'NX', ...args);
  }

  /** Set after a rebuild; Redis losing its data loses this too, which is how a loss is noticed. */
  async isBuilt(): Promise<boolean> {
    return (await this.redis.exists(`${this.keyPrefix}queues:built`)) === 1;
  }

  async markBuilt(): Promise<void> {
    await this.redis.set(`${this.keyPrefix}queues:built`, new Date().toISOString());
  }
}

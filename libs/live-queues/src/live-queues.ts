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

  async size(queue: string): Promise<number> {
    return this.redis.zcard(this.key(queue));
  }

  async ids(queue: string): Promise<string[]> {
    return this.redis.zrange(this.key(queue), 0, -1);
  }

  /** Replaces a queue with the given entries (after a Redis loss), in one atomic step. */
  async rebuild(queue: string, entries: { id: string; receivedAt: Date }[]): Promise<void> {
    const multi = this.redis.multi().del(this.key(queue));
    for (const e of entries) multi.zadd(this.key(queue), e.receivedAt.getTime(), e.id);
    await multi.exec();
  }
}

import type Redis from 'ioredis';

/**
 * Remembers that something was done for a key (an acknowledgement sent, a provider event
 * handled), so a provider's retry does not do it twice. Mark only after the work succeeded.
 */
export class OnceGuard {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlSeconds = 7 * 24 * 3600,
  ) {}

  async done(key: string): Promise<boolean> {
    return (await this.redis.exists(`${this.keyPrefix}once:${key}`)) === 1;
  }

  /** Returns false if it was marked already (someone else did it). */
  async mark(key: string): Promise<boolean> {
    return (await this.redis.set(`${this.keyPrefix}once:${key}`, '1', 'EX', this.ttlSeconds, 'NX')) === 'OK';
  }
}

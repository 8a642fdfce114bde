import type { Provider } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@inquiry-router/live-queues';

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

  /** The app's OnceGuard, on its Redis connection, under its key prefix. */
  static provider(keyPrefix: string): Provider {
    return { provide: OnceGuard, inject: [REDIS], useFactory: (redis: Redis) => new OnceGuard(redis, keyPrefix) };
  }

  async done(key: string): Promise<boolean> {
    return (await this.redis.exists(`${this.keyPrefix}once:${key}`)) === 1;
  }

  /** Returns false if it was marked already (someone else did it). */
  async mark(key: string): Promise<boolean> {
    return (await this.redis.set(`${this.keyPrefix}once:${key}`, '1', 'EX', this.ttlSeconds, 'NX')) === 'OK';
  }

  /**
   * Does `work` once across every instance: not if it was done already, nor while another caller
   * holds the lease on it (a provider retry arriving mid-send). Done is recorded only after the
   * work succeeded; the lease is released either way, so a failed attempt can be tried again.
   */
  async runOnce(key: string, leaseSeconds: number, work: () => Promise<void>): Promise<'done' | 'already-done' | 'in-flight'> {
    if (await this.done(key)) return 'already-done';
    const lease = `${this.keyPrefix}once-lease:${key}`;
    if ((await this.redis.set(lease, '1', 'EX', leaseSeconds, 'NX')) !== 'OK') return 'in-flight';
    try {
      await work();
      await this.mark(key);
      return 'done';
    } finally {
      await this.redis.del(lease);
    }
  }
}

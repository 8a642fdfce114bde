import type { Provider } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@inquiry-router/live-queues';

// Done already → 0; the lease taken by this call → 1; held by another caller → 2. One step: checked
// apart, a caller could find the work not done, then take the lease its doer had just let go, and
// do the work a second time.
const StartScript = `if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if redis.call('SET', KEYS[2], '1', 'EX', ARGV[1], 'NX') then return 1 end
return 2`;
const StartCommand = 'onceGuardStart';

type StartingRedis = Redis & { [StartCommand](doneKey: string, leaseKey: string, leaseSeconds: number): Promise<0 | 1 | 2> };

/**
 * Remembers that something was done for a key (an acknowledgement sent, a provider event
 * handled), so a provider's retry does not do it twice. Mark only after the work succeeded.
 */
export class OnceGuard {
  private readonly redis: StartingRedis;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlSeconds = 7 * 24 * 3600,
  ) {
    // Run by its digest (ioredis loads it on first use and again after a Redis restart).
    redis.defineCommand(StartCommand, { numberOfKeys: 2, lua: StartScript });
    this.redis = redis as StartingRedis;
  }

  /** The app's OnceGuard, on its Redis connection, under its key prefix. */
  static provider(keyPrefix: string): Provider {
    return { provide: OnceGuard, inject: [REDIS], useFactory: (redis: Redis) => new OnceGuard(redis, keyPrefix) };
  }

  async done(key: string): Promise<boolean> {
    return (await this.redis.exists(this.doneKey(key))) === 1;
  }

  /** Returns false if it was marked already (someone else did it). */
  async mark(key: string): Promise<boolean> {
    return (await this.redis.set(this.doneKey(key), '1', 'EX', this.ttlSeconds, 'NX')) === 'OK';
  }

  /**
   * Does `work` once across every instance: not if it was done already, nor while another caller
   * holds the lease on it (a provider retry arriving mid-send). Done is recorded only after the
   * work succeeded; the lease is released either way, so a failed attempt can be tried again.
   * Two Redis round trips: one to check and lease, one to record and release (atomically, so
   * whoever finds the lease gone finds the work done).
   */
  async runOnce(key: string, leaseSeconds: number, work: () => Promise<void>): Promise<'done' | 'already-done' | 'in-flight'> {
    const done = this.doneKey(key);
    const lease = this.leaseKey(key);
    const started = await this.redis[StartCommand](done, lease, leaseSeconds);
    if (started === 0) return 'already-done';
    if (started === 2) return 'in-flight';
    try {
      await work();
    } catch (error) {
      await this.redis.del(lease);
      throw error;
    }
    const recorded = await this.redis.multi().set(done, '1', 'EX', this.ttlSeconds).del(lease).exec();
    const failed = recorded?.find(([error]) => error)?.[0];
    if (failed) throw failed;
    return 'done';
  }

  /** How long the lease on `key` still holds (ms), 0 when none does: by then its holder has finished, or its lease has run out. */
  async leaseEndsIn(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.leaseKey(key)));
  }

  private leaseKey(key: string): string {
    return `${this.keyPrefix}once-lease:${key}`;
  }

  private doneKey(key: string): string {
    return `${this.keyPrefix}once:${key}`;
  }
}

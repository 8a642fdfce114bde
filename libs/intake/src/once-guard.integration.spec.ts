// Integration: real Redis (the test database 15, keys under a random prefix).
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { OnceGuard } from './once-guard';

describe('OnceGuard.runOnce (real Redis)', () => {
  const redis = new Redis(process.env.REDIS_URL!);
  const prefix = `test:${randomBytes(4).toString('hex')}:`;
  const guard = new OnceGuard(redis, prefix);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('does the work once, even when callers arrive while it runs, and lets a failed attempt be retried', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const first = guard.runOnce('ack:1', 30, async () => {
      runs++;
      started();
      await gate;
    });
    await running; // the first caller holds the lease and is doing the work
    expect(await guard.runOnce('ack:1', 30, async () => void runs++)).toBe('in-flight');
    expect(await guard.leaseEndsIn('ack:1')).toBeGreaterThan(25_000);
    expect(await guard.leaseEndsIn('ack:1')).toBeLessThanOrEqual(30_000);
    release();
    expect(await first).toBe('done');
    expect(await guard.leaseEndsIn('ack:1')).toBe(0);
    expect(await guard.runOnce('ack:1', 30, async () => void runs++)).toBe('already-done');
    expect(runs).toBe(1);

    await expect(guard.runOnce('ack:2', 30, async () => Promise.reject(new Error('relay down')))).rejects.toThrow('relay down');
    expect(await guard.runOnce('ack:2', 30, async () => void runs++)).toBe('done');
    expect(runs).toBe(2);
  });

  it('does the work once when another caller checks just before it is done and goes on just after', async () => {
    // The other caller's answers from Redis come late (a busy instance): had it checked "not done"
    // and taken the lease in two steps, it would find the lease let go and do the work again.
    const slowRedis = new Redis(process.env.REDIS_URL!);
    const late = new Proxy(slowRedis, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(receiver, args);
          return result instanceof Promise ? result.then((r) => new Promise((resolve) => setTimeout(() => resolve(r), 30))) : result;
        };
      },
    });
    const other = new OnceGuard(late, prefix);
    let runs = 0;
    const work = async () => void runs++;
    const outcomes = await Promise.all([other.runOnce('ack:3', 30, work), guard.runOnce('ack:3', 30, work)]);
    slowRedis.disconnect();
    expect(runs).toBe(1);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(1);
  });
});

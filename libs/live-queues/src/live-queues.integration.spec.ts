// Integration: the live queues against the real Redis (TEST_REDIS_URL), under a key prefix of this run's own.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { testRedisUrl } from '@inquiry-router/testing';
import { LiveQueues, QueueEntry, WorkKind } from './live-queues';

describe('LiveQueues', () => {
  let redis: Redis;
  let prefix: string;
  let queues: LiveQueues;
  const index = () => redis.smembers(`${prefix}queues:non-empty`);
  const until = () => new Date(Date.now() + 60_000);
  const entry = (id: string, score: number, overrides: Partial<QueueEntry> = {}): QueueEntry => ({
    queue: 'first-line',
    id,
    channel: 'email',
    language: 'nb',
    category: null,
    score,
    ...overrides,
  });
  const nbEmail: WorkKind[] = [{ queue: 'first-line', channel: 'email', language: 'nb' }];

  beforeAll(() => {
    redis = new Redis(testRedisUrl);
  });
  afterAll(() => redis.quit());
  beforeEach(() => {
    prefix = `live-queues-spec:${randomUUID()}:`;
    queues = new LiveQueues(redis, prefix);
  });
  afterEach(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  });

  it('reserves the lowest score among the sets the adviser may take, and an emptied set leaves the index', async () => {
    await queues.enqueue([
      entry('a', 30),
      entry('b', 10, { language: null }),
      entry('c', 5, { language: 'en' }),
      entry('d', 1, { category: 'login' }),
    ]);
    expect(await index()).toHaveLength(4);

    // Not 'c' (English) nor 'd' (a category this adviser may not take).
    expect(await queues.reserve(nbEmail, 'kari', until(), [null])).toMatchObject({ id: 'b', queue: 'first-line' });
    expect(await queues.reserve(nbEmail, 'kari', until(), [null])).toMatchObject({ id: 'a' });
    expect(await queues.reserve(nbEmail, 'kari', until(), [null])).toBeNull();
    expect((await index()).sort()).toEqual([`${prefix}queue:first-line:email:en:none`, `${prefix}queue:first-line:email:nb:login`]);
  });

  it('serves equal scores in entries() order, whatever order the index is read in', async () => {
    await queues.enqueue([entry('z', 7, { channel: 'phone' }), entry('m', 7, { language: null }), entry('q', 7)]);
    const kinds: WorkKind[] = [...nbEmail, { queue: 'first-line', channel: 'phone', language: 'nb' }];
    const order = await queues.ids('first-line');
    const served: string[] = [];
    for (let r = await queues.reserve(kinds, 'kari', until()); r; r = await queues.reserve(kinds, 'kari', until())) served.push(r.id);
    expect(served).toEqual(order);
  });

  it('puts a set back in the index when a reservation goes back to it, and drops it when removed or dropped', async () => {
    await queues.enqueue([entry('a', 1)]);
    await queues.reserve(nbEmail, 'kari', until());
    expect(await index()).toEqual([]);
    await queues.finishReservation('a', 'kari', true);
    expect(await index()).toEqual([`${prefix}queue:first-line:email:nb:none`]);
    expect(await queues.reserve(nbEmail, 'ola', until())).toMatchObject({ id: 'a' });
    await queues.finishReservation('a', 'ola', true);

    await queues.remove('first-line', 'a');
    expect(await index()).toEqual([]);
    await queues.enqueue([entry('a', 1), entry('b', 2, { queue: 'second-line' })]);
    await queues.drop('a', 'b');
    expect(await index()).toEqual([]);
    expect(await queues.reserve(nbEmail, 'kari', until())).toBeNull();
  });

  it('restores a reservation out of its set, and rebuilding puts the sets back in the index', async () => {
    await queues.enqueue([entry('a', 1)]);
    await queues.restoreReservation(entry('a', 1), 'kari', until());
    expect(await index()).toEqual([]);
    expect(await queues.reserve(nbEmail, 'ola', until())).toBeNull();

    // Redis loses everything; the rebuild from the system of record restores the queues.
    await redis.del(...(await redis.keys(`${prefix}*`)));
    await queues.restore([entry('b', 2)]);
    expect(await queues.reserve(nbEmail, 'ola', until())).toMatchObject({ id: 'b' });
  });

  it('shows only what a claim can see, so the reconciliation puts back a set the index lost', async () => {
    await queues.enqueue([entry('a', 1), entry('b', 2, { channel: 'phone' })]);
    expect(await queues.size('first-line')).toBe(2);
    await redis.srem(`${prefix}queues:non-empty`, `${prefix}queue:first-line:email:nb:none`);
    expect([...(await queues.idSet('first-line'))]).toEqual(['b']);
    expect(await queues.ids('first-line')).toEqual(['b']);
    // What the reconciliation does with an inquiry Postgres has waiting and the queue does not show.
    await queues.restore([entry('a', 1)]);
    expect(await queues.ids('first-line')).toEqual(['a', 'b']);
    expect(await queues.reserve(nbEmail, 'kari', until())).toMatchObject({ id: 'a' });
  });

  it('never reserves one inquiry for two advisers, however many claim at once', async () => {
    const kinds: WorkKind[] = [
      ...nbEmail,
      { queue: 'first-line', channel: 'phone', language: 'nb' },
      { queue: 'second-line', channel: 'email', language: 'en' },
    ];
    const entries = Array.from({ length: 300 }, (_, i) =>
      entry(`i${i}`, i % 17, {
        queue: i % 3 ? 'first-line' : 'second-line',
        channel: i % 2 ? 'email' : 'phone',
        language: i % 5 ? (i % 3 ? 'nb' : 'en') : null,
        category: i % 4 ? null : 'login',
      }),
    );
    await queues.enqueue(entries);
    const claimers = Array.from({ length: 20 }, async (_, a) => {
      const got: string[] = [];
      for (let r = await queues.reserve(kinds, `a${a}`, until()); r; r = await queues.reserve(kinds, `a${a}`, until())) got.push(r.id);
      return got;
    });
    const all = (await Promise.all(claimers)).flat();
    expect(new Set(all).size).toBe(all.length);
    const takeable = entries.filter((e) =>
      kinds.some((k) => k.queue === e.queue && k.channel === e.channel && (e.language === null || e.language === k.language)),
    );
    expect(all.sort()).toEqual(takeable.map((e) => e.id).sort());
    // What is left is exactly what these advisers may not take, and the index names only its sets.
    const left = [...(await queues.idSet('first-line')), ...(await queues.idSet('second-line'))];
    expect(left.length).toBe(entries.length - takeable.length);
    for (const key of await index()) expect(await redis.zcard(key)).toBeGreaterThan(0);
  });
});

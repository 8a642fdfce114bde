// Integration: real Kafka broker, Postgres (a database of this file's own, so only its inquiries
// wait there) and Redis; the router runs as a real process and reconciles every second. Redis and
// Postgres are made to differ directly, as a failed enqueue or a missed removal would leave them.
import { eventually, seedWaiting, TestPipeline } from '@inquiry-router/testing';

describe('live queues reconciled with Postgres', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'reconcile' });
  beforeAll(async () => {
    await pipeline.setUp({ QUEUE_RECONCILE_SECONDS: '1' });
    await pipeline.start('router');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('puts back what Postgres has waiting but Redis lacks, at its place, and drops entries no longer waiting there', async () => {
    const base = Date.now() - 600_000;
    const [kept, lost, claimed, moved, reserved] = await seedWaiting(
      pipeline.db,
      pipeline.queues,
      [0, 1, 2, 3, 4].map((i) => ({ queue: 'first-line' as const, receivedAt: new Date(base + i * 1000) })),
    );
    const scores = new Map((await pipeline.queues.entries('first-line')).map((e) => [e.id, e.score]));

    // An enqueue that failed for good: recorded as waiting, missing in Redis.
    await pipeline.queues.remove('first-line', lost.id);
    // Taken and moved on in Postgres while Redis kept the entries.
    await pipeline.db.query(`UPDATE inquiries SET status = 'claimed', assigned_to = 'someone' WHERE id = $1`, [claimed.id]);
    await pipeline.db.query(`UPDATE inquiries SET queue = 'second-line' WHERE id = $1`, [moved.id]);
    // Reserved for an adviser (Redis, then Postgres), and the reservation since lost in Redis alone.
    const reservedUntil = new Date(Date.now() + 600_000);
    await pipeline.queues.remove('first-line', reserved.id);
    await pipeline.db.query(`UPDATE inquiries SET reserved_by = 'reserver', reserved_until = $2 WHERE id = $1`, [
      reserved.id,
      reservedUntil,
    ]);
    // An entry for an inquiry Postgres does not know.
    await pipeline.queues.enqueue([
      { queue: 'servicedesk', id: 'never-recorded', channel: 'email', language: null, category: null, score: 1 },
    ]);

    // Queues are reconciled in order, servicedesk last: once its stale entry is gone, the pass is done.
    await eventually(
      async () => ((await pipeline.queues.ids('servicedesk')).length === 0 ? true : undefined),
      20_000,
      'the router to reconcile the live queues',
    );
    expect(await pipeline.queues.entries('first-line')).toEqual([
      { id: kept.id, score: scores.get(kept.id), channel: 'email' },
      { id: lost.id, score: scores.get(lost.id), channel: 'email' },
    ]);
    expect(await pipeline.queues.entries('second-line')).toEqual([{ id: moved.id, score: scores.get(moved.id), channel: 'email' }]);
    expect(await pipeline.queues.ids('servicedesk')).toEqual([]);
    expect(await pipeline.queues.reservations()).toEqual([
      expect.objectContaining({ id: reserved.id, adviser: 'reserver', queue: 'first-line', reservedUntil }),
    ]);
  });
});

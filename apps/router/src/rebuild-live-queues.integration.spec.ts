// Integration: real Kafka broker, Postgres (test database) and Redis; the router runs as a real
// process. Redis "loses" the live queues and reservations (their keys are deleted) while the router runs.
import { InquiryClassified, Topics } from '@inquiry-router/contracts';
import { aClassified, anInquiry, eventually, TestPipeline } from '@inquiry-router/testing';

describe('live queues after a Redis loss', () => {
  const pipeline = new TestPipeline();
  beforeAll(async () => {
    await pipeline.setUp({ QUEUE_REBUILD_CHECK_SECONDS: '1' });
    await pipeline.start('router');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('are rebuilt from Postgres with every waiting inquiry at its original age, reservations for their holders, and claimed ones left out', async () => {
    const base = Date.now() - 60_000;
    const events = Array.from({ length: 6 }, (_, i) =>
      aClassified('second-line', anInquiry({ receivedAt: new Date(base + i * 1000).toISOString() })),
    );
    await pipeline.publisher.publish(
      Topics.InquiryClassified,
      events.map((e): { key: string; value: InquiryClassified } => ({ key: e.inquiry.id, value: e })),
    );
    const ids = events.map((e) => e.inquiry.id);
    await eventually(async () => ((await pipeline.queues.ids('second-line')).length === 6 ? true : undefined), 30_000, 'queued');
    // One is taken by an adviser before the loss: it must not come back.
    await pipeline.db.query(`UPDATE inquiries SET status = 'claimed', assigned_to = 'someone' WHERE id = $1`, [ids[2]]);
    // Another is reserved for an adviser (as a claim does: Redis, then Postgres): it must come back as their reservation.
    const reservedUntil = new Date(Date.now() + 600_000);
    await pipeline.queues.remove('second-line', ids[4]);
    await pipeline.db.query(`UPDATE inquiries SET reserved_by = 'reserver', reserved_until = $2 WHERE id = $1`, [ids[4], reservedUntil]);
    const before = (await pipeline.queues.entries('second-line')).find((e) => e.id === ids[0])!.score;

    const keys = await pipeline.redis.keys(`${pipeline.redisPrefix}*`);
    await pipeline.redis.del(...keys);
    expect(await pipeline.queues.ids('second-line')).toEqual([]);

    // The marker is set once every queue is restored: wait for it, then look.
    await eventually(async () => ((await pipeline.queues.isBuilt()) ? true : undefined), 20_000, 'the router to rebuild the queues');
    const restored = (await pipeline.queues.ids('second-line')).filter((id) => ids.includes(id));
    // Oldest first, as before the loss (other tests' waiting inquiries may sit in between), at the same place.
    expect(restored).toEqual(ids.filter((_, i) => i !== 2 && i !== 4));
    expect((await pipeline.queues.entries('second-line')).find((e) => e.id === ids[0])!.score).toBe(before);
    const reservation = (await pipeline.queues.reservations()).find((r) => r.id === ids[4]);
    expect(reservation).toMatchObject({ adviser: 'reserver', queue: 'second-line', reservedUntil });
  });
});

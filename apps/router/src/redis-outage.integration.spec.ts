// Integration: real Kafka broker, Postgres (a database of this file's own) and a Redis of
// this file's own (redis-server, nothing on disk), stopped for 30 s and started again empty while
// classified inquiries keep reaching the router, which runs as a real process.
import { InquiryClassified, QueueNames, Topics } from '@inquiry-router/contracts';
import { aClassified, anInquiry, eventually, PrivateRedis, ReadRecord, TestPipeline } from '@inquiry-router/testing';

const OutageMs = 30_000;
const PerSecond = 10;

describe('the router through a Redis outage', () => {
  const redis = new PrivateRedis();
  let pipeline: TestPipeline;
  let deadLetters: ReadRecord[];
  beforeAll(async () => {
    await redis.start();
    pipeline = new TestPipeline({ privateDatabase: 'redis_outage', redisUrl: redis.url });
    await pipeline.setUp({ QUEUE_REBUILD_CHECK_SECONDS: '2', QUEUE_RECONCILE_SECONDS: '5' });
    deadLetters = await pipeline.collect(Topics.InquiryClassified, { deadLetters: true });
    await pipeline.start('router');
  }, 120_000);
  afterAll(async () => {
    await pipeline?.tearDown();
    await redis.remove();
  });

  it('loses and dead-letters nothing: once Redis is back, every inquiry waits in its live queue as Postgres has it', async () => {
    const sent: InquiryClassified[] = [];
    /** Keeps inquiries coming, PerSecond a second across the queues, until `ms` have passed. */
    const keepSending = async (ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end;) {
        const events = Array.from({ length: PerSecond }, (_, i) =>
          aClassified(QueueNames[(sent.length + i) % QueueNames.length], anInquiry()),
        );
        await pipeline.publisher.publish(
          Topics.InquiryClassified,
          events.map((e) => ({ key: e.inquiry.id, value: e })),
        );
        sent.push(...events);
        await new Promise((r) => setTimeout(r, 1000));
      }
    };

    await keepSending(3_000);
    await redis.stop();
    await keepSending(OutageMs);
    await redis.start();
    await keepSending(3_000);
    expect(sent.length).toBeGreaterThanOrEqual(300);

    const ids = new Set(sent.map((e) => e.inquiry.id));
    /** Each queue's inquiries of this test, in Redis and as Postgres has them waiting (sorted, to compare). */
    const state = async () => {
      const rows: { id: string; queue: string }[] = await pipeline.db.query(
        `SELECT id, queue FROM inquiries WHERE status = 'queued' AND reserved_by IS NULL AND id = ANY($1::text[])`,
        [[...ids]],
      );
      const queues = await Promise.all(
        QueueNames.map(async (queue) => ({
          queue,
          redis: (await pipeline.queues.ids(queue)).filter((id) => ids.has(id)).sort(),
          postgres: rows
            .filter((r) => r.queue === queue)
            .map((r) => r.id)
            .sort(),
        })),
      );
      return { waiting: rows.length, queues };
    };
    const converged = await eventually(
      async () => {
        const now = await state();
        return now.waiting === ids.size && now.queues.every((q) => q.redis.join() === q.postgres.join()) ? now : undefined;
      },
      60_000,
      'every inquiry in its live queue, as Postgres has it',
    ).catch(async (error: Error) => {
      const now = await state();
      throw new Error(
        `${error.message}: ${now.waiting} of ${ids.size} waiting in Postgres; in Redis ${now.queues.map((q) => `${q.queue} ${q.redis.length}/${q.postgres.length}`).join(', ')}`,
      );
    });
    for (const q of converged.queues) expect(q.redis.length).toBeGreaterThan(0);
    expect(deadLetters).toEqual([]);
  }, 180_000);
});

// Integration: real Kafka broker, Postgres (test database) and Redis; router and
// agency-forwarder run as real processes. The router is killed with SIGKILL mid-stream.
import { InquiryClassified, Topics } from '@inquiry-router/contracts';
import { aClassified, eventually, TestPipeline } from '@inquiry-router/testing';

const count = 3000;

describe('router stopped mid-stream', () => {
  const pipeline = new TestPipeline();
  beforeAll(() => pipeline.setUp());
  afterAll(() => pipeline.tearDown());

  const published: string[] = []; // every inquiry id this file put on its classified topic
  const recorded = async (ids: string[]) => {
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = ANY($1)`, [ids]);
    return n;
  };

  it('loses nothing and duplicates nothing after SIGKILL and restart', async () => {
    const targets = ['first-line', 'second-line', 'servicedesk', 'agency:skd', 'agency:nav'] as const;
    const events = Array.from({ length: count }, (_, i) => aClassified(targets[i % targets.length]));
    const ids = events.map((e) => e.inquiry.id);
    published.push(...ids);
    await pipeline.publisher.publish(
      Topics.InquiryClassified,
      events.map((e): { key: string; value: InquiryClassified } => ({ key: e.inquiry.id, value: e })),
    );

    await pipeline.start('agency-forwarder');
    const router = await pipeline.start('router');
    await eventually(async () => ((await recorded(ids)) >= count / 10 ? true : undefined), 60_000, 'the router to be mid-stream');
    await router.kill();
    const atKill = await recorded(ids);
    expect(atKill).toBeLessThan(count); // it really was killed mid-stream

    const restarted = await pipeline.start('router');
    await eventually(async () => ((await recorded(ids)) === count ? true : undefined), 90_000, 'every inquiry recorded');
    const forwarded = events.filter((e) => e.decision.target.startsWith('agency:')).map((e) => e.inquiry.id);
    await eventually(
      async () => {
        const [{ n }]: { n: number }[] = await pipeline.db.query(
          `SELECT count(*)::int AS n FROM agency_deliveries WHERE inquiry_id = ANY($1)`,
          [forwarded],
        );
        return n === forwarded.length ? true : undefined;
      },
      60_000,
      'every forward delivered to the ledger',
    );

    const [history]: { routed: number; distinct_ids: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS routed, count(DISTINCT inquiry_id)::int AS distinct_ids FROM inquiry_history WHERE event = 'routed' AND inquiry_id = ANY($1)`,
      [ids],
    );
    expect(history).toEqual({ routed: count, distinct_ids: count });

    const statuses: { status: string; n: number }[] = await pipeline.db.query(
      `SELECT status, count(*)::int AS n FROM inquiries WHERE id = ANY($1) GROUP BY status ORDER BY status`,
      [ids],
    );
    expect(statuses).toEqual([
      { status: 'forwarded', n: forwarded.length },
      { status: 'queued', n: count - forwarded.length },
    ]);

    for (const queue of ['first-line', 'second-line', 'servicedesk']) {
      const expected = events
        .filter((e) => e.decision.target === queue)
        .map((e) => e.inquiry.id)
        .sort();
      expect((await pipeline.queues.ids(queue)).sort()).toEqual(expected);
    }
    const [deliveries]: { n: number; distinct_ids: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT inquiry_id)::int AS distinct_ids FROM agency_deliveries WHERE inquiry_id = ANY($1)`,
      [ids],
    );
    expect(deliveries).toEqual({ n: forwarded.length, distinct_ids: forwarded.length });
    await restarted.stop();
  }, 240_000);

  it('on SIGTERM finishes the batch in hand, commits its offsets and exits', async () => {
    const events = Array.from({ length: 2000 }, () => aClassified('first-line'));
    await pipeline.publisher.publish(
      Topics.InquiryClassified,
      events.map((e): { key: string; value: InquiryClassified } => ({ key: e.inquiry.id, value: e })),
    );
    const ids = events.map((e) => e.inquiry.id);
    published.push(...ids);
    const router = await pipeline.start('router');
    await eventually(async () => ((await recorded(ids)) > 0 ? true : undefined), 60_000, 'the router to be mid-stream');
    await router.stop(20_000);
    expect(router.child?.signalCode).toBe('SIGTERM'); // stopped by itself, in time, not SIGKILLed

    // Everything it committed it had recorded: committed offsets never run ahead of the rows.
    const admin = pipeline.connection.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({
      groupId: pipeline.connection.group('router'),
      topics: [pipeline.connection.topic(Topics.InquiryClassified)],
    });
    await admin.disconnect();
    const committedCount = committed.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    expect(committedCount).toBeGreaterThan(published.length - events.length); // it committed work of this run
    expect(await recorded(published)).toBeGreaterThanOrEqual(committedCount);
  }, 120_000);
});

// Fault project (minutes long, run by `npm run test:fault`): real Kafka broker, Postgres (test
// database) and Redis; workdesk runs as a real process; 40 advisers claim over HTTP at once.
// Exactly-once claiming at a smaller scale, and across two workdesk instances, is in the
// integration project (claims-across-instances.integration.spec.ts).
import { AdviserRepository } from '@inquiry-router/persistence';
import { pipelineApi, seedWaiting, TestPipeline } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';

describe('claims at scale', () => {
  const pipeline = new TestPipeline();
  const { json, login, post, anAdviser } = pipelineApi(pipeline);
  let supervisor: string;

  beforeAll(async () => {
    // The default heartbeat timeout: a claim loop slowed by a busy machine must not be taken for a silent adviser.
    // Reservations outlast the claim phase: on a busy machine 10,000 claims can take longer than the
    // default 120 s, and a lapsed reservation rightly goes back to its queue to be claimed again.
    await pipeline.setUp({
      WORK_POLICY_OVERRIDES: JSON.stringify({
        queues: { 'second-line': { reservationSeconds: 3600 }, servicedesk: { reservationSeconds: 3600 } },
      }),
    });
    await pipeline.start('workdesk');
    supervisor = await login('supervisor', 'supervisor');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('gives each of 10,000 inquiries to exactly one of 40 advisers claiming at once', async () => {
    const channels = ['email', 'social', 'phone'] as const;
    const languages = ['nb', 'nn', 'en', null] as const;
    const seeded = await seedWaiting(
      pipeline.db,
      pipeline.queues,
      Array.from({ length: 10_000 }, (_, i) => ({
        queue: i % 2 ? ('second-line' as const) : ('servicedesk' as const),
        channel: channels[i % 3],
        language: languages[i % 4],
        receivedAt: new Date(Date.now() - 10_000_000 + i),
      })),
    );
    const mine = new Set(seeded.map((s) => s.id));
    // Signed in after the seeding, which can outlast the heartbeat timeout on a busy machine.
    const advisers = await Promise.all(
      Array.from({ length: 40 }, () => anAdviser(supervisor, { lines: ['second-line', 'servicedesk'], languages: ['nb', 'nn', 'en'] })),
    );
    // Room for far more than a real adviser (the API allows 50 a channel): capacity is not what this tests.
    const repo = new AdviserRepository(pipeline.db);
    for (const a of advisers) await repo.update(a.username, { capacity: { phone: 1000, email: 1000, social: 1000 } });
    const claims: { adviser: string; id: string }[] = [];
    await Promise.all(
      advisers.map(async ({ username, token }) => {
        for (;;) {
          const res = await post('/api/work/claim', token);
          if (res.status === 204) return;
          claims.push({ adviser: username, id: (await json<InquiryView>(res, 200)).inquiry.id });
        }
      }),
    );
    const claimedIds = claims.map((c) => c.id).filter((id) => mine.has(id));
    expect(claimedIds).toHaveLength(10_000);
    expect(new Set(claimedIds).size).toBe(10_000);
    const rows: { id: string; reserved_by: string }[] = await pipeline.db.query(
      `SELECT id, reserved_by FROM inquiries WHERE id = ANY($1) AND status = 'queued'`,
      [[...mine]],
    );
    const holder = new Map(claims.map((c) => [c.id, c.adviser]));
    expect(rows.filter((r) => r.reserved_by === holder.get(r.id))).toHaveLength(10_000);
    expect(new Set(claims.map((c) => c.adviser)).size).toBe(40);
    // Ten thousand reservations left in the shared test database would slow every later queue rebuild.
    await pipeline.db.query(`DELETE FROM inquiries WHERE id = ANY($1)`, [[...mine]]);
  }, 480_000);
});

// Integration: real Postgres (test database), Redis and Kafka broker; two workdesk instances run as
// real processes over the same database and live queues, as a scaled-out deployment runs them.
// Waiting work is seeded straight through the repositories and live queues, as the router would.
import { hash } from 'bcryptjs';
import { AdviserRepository, UserRepository } from '@inquiry-router/persistence';
import { freshId, seedWaiting, TestPipeline } from '@inquiry-router/testing';
import type { LoginView } from '@inquiry-router/contracts';
import type { InquiryView } from '../inquiries/inquiry.view';

const waitingCount = 240;
const adviserCount = 24;

describe('claims across two workdesk instances', () => {
  const pipeline = new TestPipeline();
  let instances: string[];

  beforeAll(async () => {
    await pipeline.setUp();
    // The first one is the token issuer both verify against.
    const a = await pipeline.start('workdesk');
    const b = await pipeline.startInstance('workdesk', 'b');
    instances = [a, b].map((p) => `http://127.0.0.1:${p.port}`);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('gives every waiting inquiry to exactly one of many advisers claiming through both at once', async () => {
    const waiting = await seedWaiting(
      pipeline.db,
      pipeline.queues,
      Array.from({ length: waitingCount }, (_, i) => ({
        queue: (['first-line', 'second-line', 'servicedesk'] as const)[i % 3],
        channel: (['email', 'social', 'phone'] as const)[i % 3],
      })),
    );
    const advisers = Array.from({ length: adviserCount }, () => freshId('adv'));
    const passwordHash = await hash('secret', 4);
    for (const username of advisers) {
      await new UserRepository(pipeline.db).upsert({ username, passwordHash, roles: ['adviser'] });
      // Capacity is not what is tested here: room for everything.
      await new AdviserRepository(pipeline.db).update(username, {
        lines: ['first-line', 'second-line', 'servicedesk'],
        languages: ['nb', 'nn', 'en'],
        capacity: { phone: waitingCount, email: waitingCount, social: waitingCount },
      });
    }
    const tokens = await Promise.all(
      advisers.map(async (username) => {
        const res = await fetch(`${instances[0]}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'secret' }),
        });
        expect(res.status).toBe(200);
        return ((await res.json()) as LoginView).token;
      }),
    );

    // Each adviser claims through one instance and accepts through the other, turn about, until nothing is left.
    const served = [0, 0];
    const taken = await Promise.all(
      tokens.map(async (token, n) => {
        const mine: string[] = [];
        for (let turn = n; ; turn++) {
          const claimAt = turn % 2;
          served[claimAt]++;
          const claim = await fetch(`${instances[claimAt]}/api/work/claim`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}` },
          });
          if (claim.status === 204) return mine;
          expect(claim.status).toBe(200);
          const { inquiry } = (await claim.json()) as InquiryView;
          const accept = await fetch(`${instances[1 - claimAt]}/api/inquiries/${inquiry.id}/accept`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}` },
          });
          expect(accept.status).toBe(200);
          mine.push(inquiry.id);
        }
      }),
    );

    const all = taken.flat();
    expect(served.every((n) => n > 0)).toBe(true);
    expect(all).toHaveLength(waitingCount); // none claimed twice
    expect(new Set(all)).toEqual(new Set(waiting.map((i) => i.id))); // none lost
    expect(taken.filter((mine) => mine.length > 0).length).toBeGreaterThan(1); // really claimed concurrently

    const ids = waiting.map((i) => i.id);
    const rows: { status: string; n: number }[] = await pipeline.db.query(
      `SELECT status, count(*)::int AS n FROM inquiries WHERE id = ANY($1) GROUP BY status`,
      [ids],
    );
    expect(rows).toEqual([{ status: 'claimed', n: waitingCount }]);
    const [history]: { reserved: number; accepted: number }[] = await pipeline.db.query(
      `SELECT count(*) FILTER (WHERE event = 'reserved')::int AS reserved, count(*) FILTER (WHERE event = 'accepted')::int AS accepted
         FROM inquiry_history WHERE inquiry_id = ANY($1)`,
      [ids],
    );
    expect(history).toEqual({ reserved: waitingCount, accepted: waitingCount });
    // Who holds each one in Postgres is who was given it over HTTP.
    const holders: { id: string; assigned_to: string }[] = await pipeline.db.query(
      `SELECT id, assigned_to FROM inquiries WHERE id = ANY($1)`,
      [ids],
    );
    const givenTo = new Map(taken.flatMap((mine, n) => mine.map((id) => [id, advisers[n]] as const)));
    expect(holders.every((h) => givenTo.get(h.id) === h.assigned_to)).toBe(true);
  }, 120_000);
});

// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk, classifier and
// router run as real processes; requests go over HTTP.
import { hash } from 'bcryptjs';
import { defaultPolicy } from '@inquiry-router/classification';
import { InquiryClassified, Topics } from '@inquiry-router/contracts';
import { UserRepository } from '@inquiry-router/persistence';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { aClassified, anInquiry, eventually, freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { InquiryView } from './inquiries/inquiry.view';

describe('workdesk API', () => {
  const pipeline = new TestPipeline();
  const { api, json, login } = pipelineApi(pipeline);
  let adviser: string;
  let supervisor: string;

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier'), pipeline.start('router')]);
    adviser = await login('adviser', 'adviser');
    supervisor = await login('supervisor', 'supervisor');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('refuses wrong passwords, missing tokens and the wrong role', async () => {
    const wrong = await api('/api/auth/login', { method: 'POST', body: { username: 'adviser', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect((await api('/api/queues/first-line/claim', { method: 'POST' })).status).toBe(401);
    expect((await api('/api/queues/first-line/claim', { method: 'POST', token: 'not-a-jwt' })).status).toBe(401);
    const asAdviser = await api('/api/inquiries', { method: 'POST', token: adviser, body: anInquiry() });
    expect(asAdviser.status).toBe(403);
  });

  it('rejects an invalid inquiry with the reason', async () => {
    const res = await api('/api/inquiries', {
      method: 'POST',
      token: supervisor,
      body: { id: 'x', channel: 'fax', body: '' },
    });
    // Several problems: the message is their list.
    const messages = (await json<ProblemDocument>(res, 400)).message as string[];
    expect(messages.join(' ')).toMatch(/channel/);
    expect(messages.join(' ')).toMatch(/body/);
  });

  it('takes an inquiry of the shared data set format in once its labels are stripped, and an adviser claims it with its decision and history', async () => {
    const { receivedAt: _r, ...inquiry } = anInquiry({
      body: 'Hei! Jeg får ikke logget inn i portalen, BankID henger bare. Hva gjør jeg?',
    });
    const queue = 'first-line'; // the fixed label of a login problem
    // A line of the data set as it is: its labels are no field of an inquiry, and the intake names them.
    const labelled = await api('/api/inquiries', {
      method: 'POST',
      token: supervisor,
      body: { ...inquiry, expected: { target: 'first-line' } },
    });
    expect(labelled.status).toBe(400);
    expect(await labelled.text()).toContain('property expected should not exist');
    const intake = await api('/api/inquiries', { method: 'POST', token: supervisor, body: inquiry });
    expect(intake.status).toBe(202);

    const view = await eventually(
      async () => {
        const res = await api(`/api/inquiries/${inquiry.id}`, { token: adviser });
        return res.status === 200 ? ((await res.json()) as InquiryView) : undefined;
      },
      30_000,
      'the inquiry recorded',
    );
    expect(view).toMatchObject({ status: 'queued', queue });

    // The claim reserves it for the adviser (the queue is this test's own, so it should be first) ...
    const claim = await api(`/api/queues/${queue}/claim`, { method: 'POST', token: adviser });
    const reserved = await json<InquiryView>(claim, 200);
    expect(reserved.inquiry.id).toBe(inquiry.id);
    expect(reserved).toMatchObject({ status: 'reserved', reservedBy: 'adviser' });
    expect(Date.parse(reserved.reservedUntil!)).toBeGreaterThan(Date.now());
    // ... and accepting makes it theirs.
    const accept = await api(`/api/inquiries/${inquiry.id}/accept`, { method: 'POST', token: adviser });
    const claimed = await json<InquiryView>(accept, 200);
    expect(claimed.inquiry.id).toBe(inquiry.id);
    expect(claimed.status).toBe('claimed');
    expect(claimed.assignedTo).toBe('adviser');
    expect(claimed.decision?.target).toBe(queue);
    expect(claimed.decision?.reasons.length).toBeGreaterThan(0);
    expect(claimed.decision?.policyVersion).toBe(defaultPolicy.version);
    expect(claimed.history.map((h) => h.event)).toEqual(['routed', 'reserved', 'accepted']);

    const empty = await api(`/api/queues/${queue}/claim`, { method: 'POST', token: adviser });
    expect(empty.status).toBe(204);
    expect((await api('/api/queues/nowhere/claim', { method: 'POST', token: adviser })).status).toBe(404);
    expect((await api(`/api/inquiries/${freshId('missing')}`, { token: adviser })).status).toBe(404);
  });

  it('never gives one inquiry to two advisers claiming at once', async () => {
    const waiting = Array.from({ length: 60 }, () => aClassified('second-line'));
    await pipeline.publisher.publish(
      Topics.InquiryClassified,
      waiting.map((e): { key: string; value: InquiryClassified } => ({ key: e.inquiry.id, value: e })),
    );
    await eventually(
      async () => ((await pipeline.queues.size('second-line')) === waiting.length ? true : undefined),
      30_000,
      'queue filled',
    );

    const users = new UserRepository(pipeline.db);
    const names = Array.from({ length: 5 }, () => freshId('adv'));
    const passwordHash = await hash('secret', 4);
    for (const username of names) await users.upsert({ username, passwordHash, roles: ['adviser'] });
    const tokens = await Promise.all(names.map((n) => login(n, 'secret')));
    // Skilled for the second line, with room for more than their share.
    for (const username of names) {
      const res = await api(`/api/advisers/${username}`, {
        method: 'PUT',
        token: supervisor,
        body: { lines: ['second-line'], capacity: { email: 20 } },
      });
      expect(res.status).toBe(200);
    }

    // 5 advisers × 16 claims at once: more claims than inquiries.
    const results = await Promise.all(
      tokens.flatMap((token, a) =>
        Array.from({ length: 16 }, async () => {
          const res = await api('/api/queues/second-line/claim', { method: 'POST', token });
          return res.status === 200 ? { adviser: names[a], id: ((await res.json()) as InquiryView).inquiry.id } : null;
        }),
      ),
    );
    const claims = results.filter((r): r is { adviser: string; id: string } => r !== null);
    expect(claims).toHaveLength(waiting.length);
    expect(new Set(claims.map((c) => c.id)).size).toBe(waiting.length);
    const rows: { id: string; reserved_by: string }[] = await pipeline.db.query(
      `SELECT id, reserved_by FROM inquiries WHERE id = ANY($1) AND status = 'queued' AND reserved_by IS NOT NULL`,
      [waiting.map((w) => w.inquiry.id)],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.reserved_by]))).toEqual(Object.fromEntries(claims.map((c) => [c.id, c.adviser])));
  });
});

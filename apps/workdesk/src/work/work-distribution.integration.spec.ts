// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk runs as a real
// process (short reservations and heartbeat timeout through its env); requests go over HTTP.
// Waiting work is seeded straight through the repositories and live queues, as the router would.
import { InquiryWork, OutboundMessage, QueueName, Topics } from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, freshId, pipelineApi, ReadRecord, seedWaiting, TestPipeline, WaitingSpec } from '@inquiry-router/testing';
import type { AdviserView } from '../advisers/advisers.requests';
import type { InquiryView } from '../inquiries/inquiry.view';

/** First-line reservations last 2 s here; the others keep the default (120 s). */
const ReservationSeconds = 2;

describe('work distribution', () => {
  const pipeline = new TestPipeline();
  const { api, login, post, anAdviser } = pipelineApi(pipeline);
  let supervisor: string;
  let work: ReadRecord[];
  let outbound: ReadRecord[];

  const seed = (specs: WaitingSpec[]) => seedWaiting(pipeline.db, pipeline.queues, specs);
  /** Inquiries waiting in one queue, received the given numbers of milliseconds ago. */
  const seedAged = (queue: QueueName, ...agesMs: number[]) =>
    seed(agesMs.map((age) => ({ queue, receivedAt: new Date(Date.now() - age) })));
  const scoreOf = async (queue: string, id: string) => (await pipeline.queues.entries(queue)).find((e) => e.id === id)?.score;
  const workEvents = (id: string) => work.filter((r) => r.key === id).map((r) => JSON.parse(r.value!) as InquiryWork);

  beforeAll(async () => {
    await pipeline.setUp({
      WORK_POLICY_OVERRIDES: JSON.stringify({ queues: { 'first-line': { reservationSeconds: ReservationSeconds } } }),
      ADVISER_HEARTBEAT_TIMEOUT_SECONDS: '3',
      WORK_SWEEP_INTERVAL_MS: '200',
    });
    [work, outbound] = await Promise.all([pipeline.collect(Topics.InquiryWork), pipeline.collect(Topics.OutboundMessage)]);
    await pipeline.start('workdesk');
    supervisor = await login('supervisor', 'supervisor');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('reserves the best inquiry for the claimer, who accepts it before the reservation lapses', async () => {
    const me = await anAdviser(supervisor, { lines: ['first-line'] });
    const marker = await anAdviser(supervisor, { lines: ['first-line'] });
    const [older, newer] = await seedAged('first-line', 60_000, 30_000);
    const claim = await post('/api/work/claim', me.token);
    expect(claim.status).toBe(200);
    const reserved = (await claim.json()) as InquiryView;
    expect(reserved).toMatchObject({ inquiry: { id: older.id }, status: 'reserved', reservedBy: me.username, assignedTo: null });
    expect(Date.parse(reserved.reservedUntil!) - Date.now()).toBeLessThanOrEqual(ReservationSeconds * 1000);
    expect(await pipeline.queues.ids('first-line')).not.toContain(older.id);

    const accept = await post(`/api/inquiries/${older.id}/accept`, me.token);
    expect(accept.status).toBe(200);
    expect((await accept.json()) as InquiryView).toMatchObject({ status: 'claimed', assignedTo: me.username, reservedBy: null });
    // Accepted: nothing lapses it any more. The marker: the other one, reserved later and not
    // accepted, has lapsed, so the sweep has been past the time the accepted one would have.
    expect(((await (await post('/api/queues/first-line/claim', marker.token)).json()) as InquiryView).inquiry.id).toBe(newer.id);
    await eventually(
      async () => ((await pipeline.queues.ids('first-line')).includes(newer.id) ? true : undefined),
      10_000,
      'the later reservation to lapse',
    );
    expect(((await (await api(`/api/inquiries/${older.id}`, { token: supervisor })).json()) as InquiryView).status).toBe('claimed');
    expect(await pipeline.queues.ids('first-line')).not.toContain(older.id);
    expect((await pipeline.queues.reservations()).map((r) => r.id)).not.toContain(older.id);
    await eventually(async () => (workEvents(older.id).length === 2 ? true : undefined), 10_000, 'the work events');
    expect(workEvents(older.id).map((e) => [e.type, e.adviser, e.queue])).toEqual([
      ['reserved', me.username, 'first-line'],
      ['accepted', me.username, 'first-line'],
    ]);
    // The other one still waits for someone.
    expect(await pipeline.queues.ids('first-line')).toContain(newer.id);
    await post(`/api/inquiries/${newer.id}/accept`, me.token).then((r) => expect(r.status).toBe(409));
  });

  it('lets a reservation lapse when not accepted: the inquiry goes back with its original age, and can no longer be accepted', async () => {
    const me = await anAdviser(supervisor, { lines: ['first-line'] });
    const [first, second] = await seedAged('first-line', 3_600_000, 1_800_000);
    const before = await scoreOf('first-line', first.id);
    const claim = await post('/api/queues/first-line/claim', me.token);
    expect(((await claim.json()) as InquiryView).inquiry.id).toBe(first.id);

    await eventually(
      async () => ((await pipeline.queues.ids('first-line')).includes(first.id) ? true : undefined),
      10_000,
      'the reservation to lapse',
    );
    expect(await scoreOf('first-line', first.id)).toBe(before);
    const ids = await pipeline.queues.ids('first-line');
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id)); // still ahead of the younger one
    const view = (await (await api(`/api/inquiries/${first.id}`, { token: supervisor })).json()) as InquiryView;
    expect(view).toMatchObject({ status: 'queued', reservedBy: null });
    expect(view.history.map((h) => h.event)).toEqual(['routed', 'reserved', 'reservation-lapsed']);
    const accept = await post(`/api/inquiries/${first.id}/accept`, me.token);
    expect(accept.status).toBe(409);
    await eventually(
      async () => (workEvents(first.id).some((e) => e.type === 'reservation-lapsed') ? true : undefined),
      10_000,
      'the lapse event',
    );

    // The same adviser claims again and gets it back, first.
    expect(((await (await post('/api/work/claim', me.token)).json()) as InquiryView).inquiry.id).toBe(first.id);
  });

  it('gives back what an adviser reserved when they go offline, by choice or by missing heartbeats', async () => {
    const leaving = await anAdviser(supervisor, { lines: ['second-line'] });
    const silent = await anAdviser(supervisor, { lines: ['second-line'] });
    const [a, b, c] = await seedAged('second-line', 7_200_000, 7_100_000, 7_000_000);
    const scoreA = await scoreOf('second-line', a.id);
    expect(((await (await post('/api/queues/second-line/claim', leaving.token)).json()) as InquiryView).inquiry.id).toBe(a.id);
    expect(((await (await post('/api/queues/second-line/claim', silent.token)).json()) as InquiryView).inquiry.id).toBe(b.id);
    // Silent from its claim on, after the other's: the marker of how long heartbeats kept the other online.
    const marker = await anAdviser(supervisor, { lines: ['second-line'] });
    expect(((await (await post('/api/queues/second-line/claim', marker.token)).json()) as InquiryView).inquiry.id).toBe(c.id);

    const offline = await api('/api/advisers/me/presence', {
      method: 'PUT',
      token: leaving.token,
      body: { presence: 'offline' },
    });
    expect(offline.status).toBe(200);
    expect(await pipeline.queues.ids('second-line')).toContain(a.id); // at once, not after the 120 s reservation
    expect(await scoreOf('second-line', a.id)).toBe(scoreA);

    // The other keeps a heartbeat until the marker, silent since it claimed after them, has been taken
    // offline (more than the 3 s timeout), then stops: after 3 s of silence they are offline too.
    await eventually(
      async () => {
        expect((await post('/api/advisers/me/heartbeat', silent.token)).status).toBe(200);
        return (await pipeline.queues.ids('second-line')).includes(c.id) ? true : undefined;
      },
      15_000,
      'the adviser silent since claiming to go offline',
    );
    expect(await pipeline.queues.ids('second-line')).not.toContain(b.id);
    await eventually(
      async () => ((await pipeline.queues.ids('second-line')).includes(b.id) ? true : undefined),
      10_000,
      'the silent adviser to go offline',
    );
    const list = (await (await api('/api/advisers', { token: supervisor })).json()) as AdviserView[];
    expect(list.find((x) => x.username === silent.username)).toMatchObject({ presence: 'offline', reserved: 0 });
    const history = ((await (await api(`/api/inquiries/${b.id}`, { token: supervisor })).json()) as InquiryView).history;
    expect(history.at(-1)).toMatchObject({ event: 'released', details: { adviser: silent.username, reason: 'heartbeat missed' } });
    // Only an adviser (or supervisor) lists advisers.
    expect((await api('/api/advisers', { token: leaving.token })).status).toBe(403);
  });

  it('respects skills, languages and capacity', async () => {
    const english = await anAdviser(supervisor, { lines: ['servicedesk'], languages: ['en'], capacity: { email: 1, social: 0, phone: 0 } });
    const [nb, en] = await seed([
      { queue: 'servicedesk', language: 'nb', receivedAt: new Date(Date.now() - 9_000_000) },
      { queue: 'servicedesk', language: 'en', receivedAt: new Date(Date.now() - 60_000) },
      { queue: 'servicedesk', language: 'en', channel: 'social', receivedAt: new Date(Date.now() - 9_000_000) },
      { queue: 'first-line', language: 'en', receivedAt: new Date(Date.now() - 9_000_000) },
    ]);
    // The older Norwegian one, the social one (no social capacity) and first-line (no skill) are not for them.
    const first = (await (await post('/api/work/claim', english.token)).json()) as InquiryView;
    expect(first.inquiry.id).toBe(en.id);
    // At capacity: one email held.
    const full = await post('/api/work/claim', english.token);
    expect(full.status).toBe(409);
    expect(((await full.json()) as ProblemDocument).message).toMatch(/capacity/);
    expect((await post('/api/queues/first-line/claim', english.token)).status).toBe(403);
    expect(await pipeline.queues.ids('servicedesk')).toContain(nb.id);

    // Accepted work counts too; putting it back frees the capacity and it is theirs to claim again.
    expect((await post(`/api/inquiries/${en.id}/accept`, english.token)).status).toBe(200);
    expect((await post('/api/work/claim', english.token)).status).toBe(409);
    expect((await post(`/api/inquiries/${en.id}/put-back`, english.token, {})).status).toBe(200);
    expect(((await (await post('/api/work/claim', english.token)).json()) as InquiryView).inquiry.id).toBe(en.id);

    // The supervisor raises the capacity: now the next English email would come (none waits: 204).
    await api(`/api/advisers/${english.username}`, { method: 'PUT', token: supervisor, body: { capacity: { email: 2 } } });
    expect((await post('/api/work/claim', english.token)).status).toBe(204);
    const bad = await api(`/api/advisers/${english.username}`, {
      method: 'PUT',
      token: supervisor,
      body: { lines: ['third-line'] },
    });
    expect(bad.status).toBe(400);
  });

  it('lets the holder answer, escalate, forward, send to the service desk or put back, with history and events; others may not', async () => {
    const me = await anAdviser(supervisor, { lines: ['first-line', 'second-line'], capacity: { email: 10 } });
    const other = await anAdviser(supervisor, { lines: ['first-line'] });
    const seeded = await seed(
      Array.from({ length: 5 }, (_, i) => ({ queue: 'first-line' as const, receivedAt: new Date(Date.now() - 86_400_000 - i) })),
    );
    const held: string[] = [];
    for (let i = 0; i < 5; i++) {
      const v = (await (await post('/api/queues/first-line/claim', me.token)).json()) as InquiryView;
      const id = v.inquiry.id;
      expect((await post(`/api/inquiries/${id}/accept`, me.token)).status).toBe(200);
      held.push(id);
    }
    expect(new Set(held)).toEqual(new Set(seeded.map((s) => s.id)));
    const [toAnswer, toEscalate, toForward, toServicedesk, toPutBack] = held;

    expect((await post(`/api/inquiries/${toAnswer}/answer`, other.token, { text: 'Not mine' })).status).toBe(403);
    const answered = await post(`/api/inquiries/${toAnswer}/answer`, me.token, {
      text: 'Prøv å logge inn med BankID på nytt.',
      resolve: true,
    });
    expect(answered.status).toBe(200);
    expect((await answered.json()) as InquiryView).toMatchObject({ status: 'resolved' });

    const escalated = (await (
      await post(`/api/inquiries/${toEscalate}/escalate`, me.token, { note: 'Feilkode in the screenshot' })
    ).json()) as InquiryView;
    expect(escalated).toMatchObject({ status: 'queued', queue: 'second-line', assignedTo: null });
    expect(await pipeline.queues.ids('second-line')).toContain(toEscalate);

    expect((await post(`/api/inquiries/${toForward}/forward`, me.token, { agency: 'nowhere', note: 'x' })).status).toBe(400);
    const forwarded = (await (
      await post(`/api/inquiries/${toForward}/forward`, me.token, { agency: 'skd', note: 'About the tax return itself' })
    ).json()) as InquiryView;
    expect(forwarded).toMatchObject({ status: 'forwarded', queue: null, decision: { target: 'agency:skd' } });

    expect((await post(`/api/inquiries/${toServicedesk}/servicedesk`, me.token, { caseType: 'nope', note: 'x' })).status).toBe(400);
    const toSd = (await (
      await post(`/api/inquiries/${toServicedesk}/servicedesk`, me.token, { caseType: 'feil', note: 'API returns 500' })
    ).json()) as InquiryView;
    expect(toSd).toMatchObject({ status: 'queued', queue: 'servicedesk' });
    expect(await pipeline.queues.ids('servicedesk')).toContain(toServicedesk);

    const back = (await (await post(`/api/inquiries/${toPutBack}/put-back`, me.token, {})).json()) as InquiryView;
    expect(back).toMatchObject({ status: 'queued', queue: 'first-line', assignedTo: null });
    expect(await pipeline.queues.ids('first-line')).toContain(toPutBack);
    // Acting on what one no longer holds is a conflict.
    expect((await post(`/api/inquiries/${toPutBack}/put-back`, me.token, {})).status).toBe(409);
    expect((await post(`/api/inquiries/${freshId('missing')}/escalate`, me.token, { note: 'x' })).status).toBe(404);

    const expectedTypes: [string, string][] = [
      [toAnswer, 'resolved'],
      [toEscalate, 'escalated'],
      [toForward, 'forwarded'],
      [toServicedesk, 'sent-to-servicedesk'],
      [toPutBack, 'put-back'],
    ];
    await eventually(
      async () => (expectedTypes.every(([id, type]) => workEvents(id).some((e) => e.type === type)) ? true : undefined),
      10_000,
      'the work events',
    );
    expect(workEvents(toServicedesk).find((e) => e.type === 'sent-to-servicedesk')).toMatchObject({
      caseType: 'feil',
      note: 'API returns 500',
      queue: 'servicedesk',
    });
    expect(workEvents(toForward).find((e) => e.type === 'forwarded')).toMatchObject({ agency: 'skd', adviser: me.username });
    const answer = await eventually(
      async () => outbound.map((r) => JSON.parse(r.value!) as OutboundMessage).find((m) => m.inquiryId === toAnswer),
      10_000,
      'the answer',
    );
    expect(answer).toMatchObject({
      channel: 'email',
      purpose: 'answer',
      body: 'Prøv å logge inn med BankID på nytt.',
      sentBy: me.username,
    });
    for (const [id, type] of expectedTypes) {
      const history = ((await (await api(`/api/inquiries/${id}`, { token: supervisor })).json()) as InquiryView).history.map(
        (h) => h.event,
      );
      expect(history).toContain(type === 'put-back' ? 'put-back' : type);
    }
  });
});

describe('overflow', () => {
  const pipeline = new TestPipeline();
  beforeAll(async () => {
    await pipeline.setUp({
      WORK_POLICY_OVERRIDES: JSON.stringify({
        queues: { 'first-line': { waitLimitMinutes: 30, overflowTo: 'second-line' }, servicedesk: { waitLimitMinutes: 30 } },
      }),
      OVERFLOW_CHECK_SECONDS: '1',
    });
    await pipeline.start('workdesk');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('flags an inquiry waiting past its queue limit once, and moves it where the policy says, keeping its age', async () => {
    const work = await pipeline.collect(Topics.InquiryWork);
    const [late, lateSd, fresh] = await seedWaiting(pipeline.db, pipeline.queues, [
      { queue: 'first-line', receivedAt: new Date(Date.now() - 3_600_000) },
      { queue: 'servicedesk', receivedAt: new Date(Date.now() - 3_600_000) },
      { queue: 'first-line', receivedAt: new Date() },
    ]);
    await eventually(
      async () => ((await pipeline.queues.ids('second-line')).includes(late.id) ? true : undefined),
      15_000,
      'the overflow move',
    );
    expect(await pipeline.queues.ids('first-line')).toEqual([fresh.id]);
    const events = await eventually(
      async () => {
        const mine = work.map((r) => JSON.parse(r.value!) as InquiryWork).filter((e) => e.type === 'overflowed');
        return mine.length >= 2 ? mine : undefined;
      },
      15_000,
      'the overflow events',
    );
    expect(events.find((e) => e.inquiryId === late.id)).toMatchObject({
      queue: 'second-line',
      details: { from: 'first-line', moved: true },
    });
    expect(events.find((e) => e.inquiryId === lateSd.id)).toMatchObject({ queue: 'servicedesk', details: { moved: false } });
    expect(await pipeline.queues.ids('servicedesk')).toContain(lateSd.id); // flagged, still waiting there
    // Two later checks, the marker: each moves another inquiry past its limit; the first of them has
    // run to its end (over every queue) once the second moves anything, checks running one at a time.
    for (const check of ['a later check', 'the check after it']) {
      const [marker] = await seedWaiting(pipeline.db, pipeline.queues, [
        { queue: 'first-line', receivedAt: new Date(Date.now() - 3_600_000) },
      ]);
      await eventually(async () => ((await pipeline.queues.ids('second-line')).includes(marker.id) ? true : undefined), 15_000, check);
    }
    const rows: { event: string }[] = await pipeline.db.query(
      `SELECT event FROM inquiry_history WHERE inquiry_id = $1 AND event = 'overflowed'`,
      [late.id],
    );
    expect(rows).toHaveLength(1); // once
    expect(events.some((e) => e.inquiryId === fresh.id)).toBe(false);
  });
});

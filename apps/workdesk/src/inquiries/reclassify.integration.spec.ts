// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk, classifier and
// router run as real processes; requests go over HTTP.
import { hash } from 'bcryptjs';
import { Channel, InquiryReclassified, RoutingDecision, RoutingTarget, Topics } from '@inquiry-router/contracts';
import { DefaultWorkPolicy, queueScore } from '@inquiry-router/live-queues';
import { ClassificationExampleRepository, UserRepository } from '@inquiry-router/persistence';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { AgencyInquiryView } from '../agency/agency-inquiry.view';
import type { DecisionView, InquiryView } from './inquiry.view';
import type { ReclassificationAccepted } from './reclassification.responses';

/** The workdesk's view of a routed inquiry, which has a decision. */
type View = InquiryView & { decision: DecisionView };

interface ExampleRow {
  source: string;
  label: Record<string, unknown> | null;
  rejected_target: string | null;
  reason: string;
  actor: string;
  channel: string;
  to_address: string;
  subject: string | null;
  body: string;
}

/** A correction by "someone", as the workdesk publishes it, of an inquiry they saw going to `previousTarget`. */
function someonesCorrection(
  inquiryId: string,
  label: Pick<RoutingDecision, 'target' | 'kind' | 'category' | 'agency' | 'caseType'>,
  previousTarget: RoutingTarget,
  reason: string,
): InquiryReclassified {
  return {
    inquiryId,
    decision: { ...label, confidence: 1, reasons: [`Corrected by someone: ${reason}`], policyVersion: 'test' },
    previous: { target: previousTarget, agency: null, category: null, caseType: null },
    source: 'adviser-correction',
    actor: 'someone',
    reason,
    reclassifiedAt: new Date().toISOString(),
  };
}

describe('corrections by advisers and returns by agencies', () => {
  const pipeline = new TestPipeline();
  const { api, login, post, takeInUntilRouted } = pipelineApi(pipeline);
  const view = async (id: string): Promise<View> => {
    const res = await api(`/api/inquiries/${id}`, { token: adviser });
    expect(res.status).toBe(200);
    return (await res.json()) as View;
  };
  /** The workdesk's view of an inquiry once `reached` holds for it (within 30 s). */
  const viewOnce = (id: string, reached: (v: View) => boolean, what: string) =>
    eventually(
      async () => {
        const v = await view(id);
        return reached(v) ? v : undefined;
      },
      30_000,
      what,
    );
  const intake = (body: string) => takeInUntilRouted<View>({ body }, { intake: supervisor, viewer: adviser });
  const examples = (inquiryId: string): Promise<ExampleRow[]> =>
    pipeline.db.query(`SELECT * FROM classification_examples WHERE inquiry_id = $1 ORDER BY created_at`, [inquiryId]);
  // Where an inquiry waits in a live queue, and where its own received and due time place it (its original place).
  const score = async (queue: string, id: string) => (await pipeline.queues.entries(queue)).find((e) => e.id === id)?.score;
  const originalPlace = async (id: string) => {
    const [row]: { channel: Channel; received_at: Date; due_at: Date | null }[] = await pipeline.db.query(
      `SELECT channel, received_at, due_at FROM inquiries WHERE id = $1`,
      [id],
    );
    return queueScore({ channel: row.channel, receivedAt: row.received_at, dueAt: row.due_at }, DefaultWorkPolicy);
  };

  let adviser: string;
  let supervisor: string;
  let skd: string;
  let nav: string;
  let reclassified: Awaited<ReturnType<TestPipeline['collect']>>;

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier'), pipeline.start('router')]);
    [adviser, supervisor, skd, nav] = await Promise.all([
      login('adviser', 'adviser'),
      login('supervisor', 'supervisor'),
      login('skd', 'skd'),
      login('nav', 'nav'),
    ]);
    reclassified = await pipeline.collect(Topics.InquiryReclassified);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  const loginTrouble = 'Hei! Jeg får ikke logget inn i portalen, BankID henger bare. Hva gjør jeg?';
  /** Where a correction sends a technical inquiry routed to `line`: the other line. */
  const otherLine = (line: string) => (line === 'second-line' ? 'first-line' : 'second-line');
  /** The adviser's correction of a technical inquiry `id` to another line. */
  const correct = (id: string, target: string) =>
    post(`/api/inquiries/${id}/reclassify`, adviser, { target, category: 'login', reason: 'Quotes feilkode 403 in the attachment.' });
  /** The holder of `token` sends `id` on to the service desk. */
  const correctToServicedesk = (id: string, token: string, reason: string) =>
    post(`/api/inquiries/${id}/reclassify`, token, { target: 'servicedesk', category: 'login', caseType: 'feil', reason });
  /** The adviser claims the next inquiry of `queue`, which must be `id`, and accepts it. */
  const claimAndAccept = async (queue: string, id: string): Promise<View> => {
    const claim = await api(`/api/queues/${queue}/claim`, { method: 'POST', token: adviser });
    expect(claim.status).toBe(200);
    expect(((await claim.json()) as View).inquiry.id).toBe(id);
    const accept = await api(`/api/inquiries/${id}/accept`, { method: 'POST', token: adviser });
    expect(accept.status).toBe(200);
    return (await accept.json()) as View;
  };
  /** A login inquiry the router queued, corrected by the adviser to the other line and then claimed by them there. */
  const aCorrectedClaimedInquiry = async (): Promise<{ id: string; correctedTo: string }> => {
    const routed = await intake(loginTrouble);
    const correctedTo = otherLine(routed.decision.target);
    expect((await correct(routed.inquiry.id, correctedTo)).status).toBe(202);
    await viewOnce(routed.inquiry.id, (v) => v.queue === correctedTo, 'the inquiry re-routed');
    await claimAndAccept(correctedTo, routed.inquiry.id);
    return { id: routed.inquiry.id, correctedTo };
  };

  it('re-routes a corrected inquiry to its new queue at its original age, with the correction in its history and as a labelled example', async () => {
    const routed = await intake(loginTrouble);
    const from = routed.decision.target;
    expect(routed.queue).toBe(from); // a technical inquiry, waiting in a queue
    expect(await pipeline.queues.ids(from)).toContain(routed.inquiry.id);
    const correctedTo = otherLine(from);

    const res = await correct(routed.inquiry.id, correctedTo);
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as ReclassificationAccepted;
    expect(accepted.inquiryId).toBe(routed.inquiry.id);
    expect(accepted.decision).toMatchObject({ target: correctedTo, kind: 'technical', category: 'login', agency: null, caseType: null });
    expect(accepted.decision.reasons).toEqual([
      'Corrected by adviser: Quotes feilkode 403 in the attachment.',
      `Previously routed to ${from}`,
    ]);

    const moved = await viewOnce(routed.inquiry.id, (v) => v.queue === correctedTo, 'the inquiry re-routed');
    expect(moved.status).toBe('queued');
    expect(moved.decision).toMatchObject({ target: correctedTo, category: 'login', reasons: accepted.decision.reasons });
    const entry = moved.history.find((h) => h.event === 'reclassified');
    expect(entry).toMatchObject({
      actor: 'adviser',
      details: { source: 'adviser-correction', from, to: correctedTo, reason: 'Quotes feilkode 403 in the attachment.' },
    });
    // Out of the old live queue, into the new one with the score of when it was received.
    expect(await pipeline.queues.ids(from)).not.toContain(routed.inquiry.id);
    expect(await score(correctedTo, routed.inquiry.id)).toBe(await originalPlace(routed.inquiry.id));

    const [example, ...more] = await examples(routed.inquiry.id);
    expect(more).toHaveLength(0);
    expect(example).toMatchObject({
      source: 'adviser-correction',
      label: { target: correctedTo, kind: 'technical', category: 'login', agency: null, caseType: null },
      rejected_target: null,
      reason: 'Quotes feilkode 403 in the attachment.',
      actor: 'adviser',
      channel: 'email',
      to_address: 'brukerservice@altinn.example',
      subject: 'Innlogging',
      body: routed.inquiry.body,
    });

    // A claim reserves it for the adviser; accepting makes it theirs.
    const corrected = await claimAndAccept(correctedTo, routed.inquiry.id);
    expect(corrected.history.map((h) => h.event)).toEqual(['routed', 'reclassified', 'reserved', 'accepted']);
  });

  it('refuses a correction that names no valid target, lacks a reason, or changes nothing, and an unknown inquiry', async () => {
    const { id, correctedTo } = await aCorrectedClaimedInquiry();
    const reason = 'because';
    // Each correction with the status and the words of its refusal (no words: the status alone).
    const refusals: [correction: Record<string, unknown>, status: number, message?: RegExp | string][] = [
      [{ target: 'second-line', category: 'login' }, 400, /reason/],
      [{ target: 'second-line', category: 'login', reason: '  x ' }, 400, /reason/],
      [{ target: 'second-line', category: 'login', reason: 'x'.repeat(1001) }, 400],
      [{ target: 'agency:xyz', reason }, 400, /no agency "xyz"/],
      [{ target: 'third-line', category: 'login', reason }, 400, /target must be/],
      [{ target: 'servicedesk', category: 'integration', reason }, 400, /needs a caseType/],
      [{ target: 'first-line', reason }, 400, /needs a category/],
      [{ target: 'agency:skd', category: 'login', reason }, 400, /takes no category/],
      [{ target: 'first-line', category: 'login', reason, priority: 'high' }, 400, /priority/],
      [{ target: correctedTo, category: 'inbox', reason }, 409, `already goes to ${correctedTo}`],
    ];
    for (const [correction, status, message] of refusals) {
      const res = await post(`/api/inquiries/${id}/reclassify`, adviser, correction);
      const body = (await res.json()) as ProblemDocument;
      const answer = { correction, status: res.status, message: Array.isArray(body.message) ? body.message.join('; ') : body.message };
      expect(answer).toMatchObject({ correction, status, ...(message && { message: expect.stringMatching(message) as unknown }) });
    }
    expect(
      (await post(`/api/inquiries/${freshId('missing')}/reclassify`, adviser, { target: 'first-line', category: 'login', reason })).status,
    ).toBe(404);
    expect((await post(`/api/inquiries/${id}/reclassify`, skd, { target: 'first-line', category: 'login', reason })).status).toBe(403);
    // Nothing refused was kept or published.
    expect(await examples(id)).toHaveLength(1);
  });

  it('releases a claimed inquiry its holder corrects, and refuses another adviser correcting it', async () => {
    const other = freshId('adv');
    await new UserRepository(pipeline.db).upsert({ username: other, passwordHash: await hash('secret', 4), roles: ['adviser'] });
    const otherToken = await login(other, 'secret');
    const { id, correctedTo } = await aCorrectedClaimedInquiry(); // held by "adviser"

    expect((await correctToServicedesk(id, otherToken, 'not yours to move')).status).toBe(409);
    expect((await correctToServicedesk(id, adviser, 'Machine-to-machine login fails.')).status).toBe(202);
    const released = await viewOnce(id, (v) => v.queue === 'servicedesk', 'the claimed inquiry re-routed');
    expect(released).toMatchObject({ status: 'queued', assignedTo: null, decision: { target: 'servicedesk', caseType: 'feil' } });
    expect(released.history.filter((h) => h.event === 'reclassified').at(-1)).toMatchObject({
      actor: 'adviser',
      details: { from: correctedTo, to: 'servicedesk', releasedFrom: 'adviser' },
    });
    expect(await pipeline.queues.ids('servicedesk')).toContain(id);
    expect(await score('servicedesk', id)).toBe(await originalPlace(id));
  });

  it('completes a redelivered correction whose queue move was lost, and records it once', async () => {
    // Corrected twice: to the other line, then, held, on to the service desk.
    const { id, correctedTo } = await aCorrectedClaimedInquiry();
    expect((await correctToServicedesk(id, adviser, 'Machine-to-machine login fails.')).status).toBe(202);
    await viewOnce(id, (v) => v.queue === 'servicedesk', 'the inquiry in the service desk');
    const events = await eventually(
      async () => {
        const mine = reclassified.filter((r) => r.key === id);
        return mine.length === 2 ? mine.map((r) => JSON.parse(r.value!) as InquiryReclassified) : undefined;
      },
      10_000,
      'both corrections on Kafka',
    );
    expect(events.map((e) => [e.source, e.actor, e.previous.target, e.decision.target])).toEqual([
      ['adviser-correction', 'adviser', expect.any(String), correctedTo],
      ['adviser-correction', 'adviser', correctedTo, 'servicedesk'],
    ]);
    // As if the router had crashed after its commit and before the live queue move.
    await pipeline.queues.remove('servicedesk', id);
    await pipeline.publisher.publish(
      Topics.InquiryReclassified,
      events.map((value) => ({ key: id, value })),
    );
    await eventually(
      async () => ((await pipeline.queues.ids('servicedesk')).includes(id) ? true : undefined),
      30_000,
      'the queue move completed',
    );
    expect(await score('servicedesk', id)).toBe(await originalPlace(id));
    const again = await view(id);
    expect(again.history.filter((h) => h.event.startsWith('reclassif')).map((h) => [h.event, h.details.to])).toEqual([
      ['reclassified', correctedTo],
      ['reclassified', 'servicedesk'],
    ]);
    expect(again).toMatchObject({ status: 'queued', queue: 'servicedesk' });
    expect(await pipeline.queues.ids(correctedTo)).not.toContain(id);
  });

  it('lets the agency an inquiry was forwarded to read it and return it as not its own; no other agency sees it', async () => {
    const forwardedRecords = await pipeline.collect(Topics.InquiryForwarded);
    const routed = await intake(loginTrouble);
    const id = routed.inquiry.id;
    expect(routed.status).toBe('queued'); // the portal's own work, until an adviser says otherwise
    // An adviser sends it to the tax administration (the forward of a correction).
    const toSkd = await post(`/api/inquiries/${id}/reclassify`, adviser, {
      target: 'agency:skd',
      reason: 'A question about the tax return itself.',
    });
    expect(toSkd.status).toBe(202);
    await eventually(async () => ((await view(id)).status === 'forwarded' ? true : undefined), 30_000, 'forwarded to skd');
    const forward = await eventually(async () => forwardedRecords.find((r) => r.value?.includes(id)), 10_000, 'the forward on Kafka');
    expect(forward.key).toBe('skd');
    expect(JSON.parse(forward.value!)).toMatchObject({
      agency: 'skd',
      inquiry: { id },
      decision: { target: 'agency:skd', kind: 'subject-matter' },
    });
    expect(await pipeline.queues.ids(routed.queue!)).not.toContain(id);

    const asSkd = await api(`/api/agency/inquiries/${id}`, { token: skd });
    expect(asSkd.status).toBe(200);
    const seen = (await asSkd.json()) as AgencyInquiryView;
    expect(seen).toMatchObject({ inquiry: { id, body: routed.inquiry.body }, status: 'forwarded', decision: { target: 'agency:skd' } });
    expect(seen).not.toHaveProperty('history');
    expect((await api(`/api/agency/inquiries/${id}`, { token: nav })).status).toBe(404);
    expect((await api(`/api/agency/inquiries/${id}`, { token: adviser })).status).toBe(403);
    expect((await post(`/api/agency/inquiries/${id}/return`, nav, { reason: 'Not ours either.' })).status).toBe(404);
    expect((await post(`/api/agency/inquiries/${id}/return`, skd, { reason: 'no' })).status).toBe(400);
    expect((await post(`/api/agency/inquiries/${id}/return`, skd, {})).status).toBe(400);

    const returned = await post(`/api/agency/inquiries/${id}/return`, skd, { reason: 'The person cannot log in: that is the portal.' });
    expect(returned.status).toBe(202);
    expect(((await returned.json()) as ReclassificationAccepted).decision).toMatchObject({
      target: 'first-line',
      kind: 'technical',
      category: 'other',
      reasons: ['Returned by skd as not ours: The person cannot log in: that is the portal.', 'Sent to first-line for triage'],
    });
    const triage = await viewOnce(id, (v) => v.status === 'queued', 'the returned inquiry in first-line');
    expect(triage.queue).toBe('first-line');
    expect(triage.history.filter((h) => h.event === 'reclassified').at(-1)).toMatchObject({
      actor: 'skd',
      details: { source: 'agency-return', from: 'agency:skd', to: 'first-line' },
    });
    expect(await pipeline.queues.ids('first-line')).toContain(id);
    expect(await score('first-line', id)).toBe(await originalPlace(id));
    // No longer the agency's: it cannot see or return it again.
    expect((await api(`/api/agency/inquiries/${id}`, { token: skd })).status).toBe(404);

    const rows = await examples(id);
    expect(rows.map((r) => [r.source, r.actor, r.rejected_target, r.label])).toEqual([
      [
        'adviser-correction',
        'adviser',
        null,
        { target: 'agency:skd', kind: 'subject-matter', category: null, agency: 'skd', caseType: null },
      ],
      ['agency-return', 'skd', 'agency:skd', null],
    ]);
    expect(rows[1]).toMatchObject({ reason: 'The person cannot log in: that is the portal.', body: routed.inquiry.body });
    // The training tool's view: newest first.
    const all = await new ClassificationExampleRepository(pipeline.db).all();
    const mine = all.filter((e) => e.inquiryId === id);
    expect(mine.map((e) => e.source)).toEqual(['agency-return', 'adviser-correction']);
    expect(mine[0]).toMatchObject({ rejectedTarget: 'agency:skd', label: null, body: routed.inquiry.body, channel: 'email' });
  });

  it('does not carry out a correction overtaken by another one', async () => {
    const routed = await intake('Hvordan gir jeg regnskapsføreren min tilgang til å sende inn for firmaet?');
    const id = routed.inquiry.id;
    const stale = someonesCorrection(
      id,
      { target: 'servicedesk', kind: 'technical', category: 'roles-rights', agency: null, caseType: 'support' },
      routed.decision.target === 'agency:nav' ? 'agency:skd' : 'agency:nav',
      'late',
    );
    await pipeline.publisher.publish(Topics.InquiryReclassified, [{ key: id, value: stale }]);
    const skipped = await eventually(
      async () => (await view(id)).history.find((h) => h.event === 'reclassification-skipped'),
      30_000,
      'the stale correction noted',
    );
    expect(skipped).toMatchObject({
      actor: 'someone',
      details: { to: 'servicedesk', why: expect.stringMatching(/re-routed in the meantime/) as unknown },
    });
    const now = await view(id);
    expect(now).toMatchObject({ status: routed.status, queue: routed.queue, decision: { target: routed.decision.target } });
    expect(await pipeline.queues.ids('servicedesk')).not.toContain(id);
  });

  it('notes a correction to an agency whose agreement was withdrawn as skipped, saying why, and leaves the inquiry where it is', async () => {
    const routed = await intake('Jeg får ikke logget inn med BankID på mobilen.');
    const id = routed.inquiry.id;
    const withdrawn = someonesCorrection(
      id,
      { target: 'agency:xyz', kind: 'subject-matter', category: null, agency: 'xyz', caseType: null },
      routed.decision.target,
      'theirs',
    );
    await pipeline.publisher.publish(Topics.InquiryReclassified, [{ key: id, value: withdrawn }]);
    const skipped = await eventually(
      async () => (await view(id)).history.find((h) => h.event === 'reclassification-skipped'),
      30_000,
      'the correction noted as skipped',
    );
    expect(skipped).toMatchObject({
      actor: 'someone',
      details: { to: 'agency:xyz', why: expect.stringMatching(/no agency with an agreement/) as unknown },
    });
    expect(await view(id)).toMatchObject({ status: routed.status, queue: routed.queue, decision: { target: routed.decision.target } });
  });
});

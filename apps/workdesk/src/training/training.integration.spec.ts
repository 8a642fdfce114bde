// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk runs as a real
// process and requests go over HTTP. Waiting work is seeded straight through the repositories and
// live queues, as the router would. Each test keeps to its own queue and language, so the claims of
// one never see another's work.
import type {
  AdviserCompetencesView,
  AdviserUpdateConfirmationsView,
  AdviserUpdateView,
  CompetenceAuditView,
  InquiryWork,
  MenteeEscalationView,
  MyAdviserUpdateView,
} from '@inquiry-router/contracts';
import { Topics } from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, pipelineApi, ReadRecord, seedWaiting, TestPipeline, WaitingSpec } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';

const UpdateTitle = 'New submission checks';

describe("advisers' training: competences, mentors and updates to confirm", () => {
  const pipeline = new TestPipeline();
  const { api, login, post, json, anAdviser } = pipelineApi(pipeline);
  let supervisor: string;
  let work: ReadRecord[];

  const setCompetence = (adviser: string, body: Record<string, unknown>) =>
    api(`/api/competences/${adviser}`, { method: 'PUT', token: supervisor, body });
  const seed = (specs: WaitingSpec[]) => seedWaiting(pipeline.db, pipeline.queues, specs);
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  const claimedId = async (res: Response) => (await json<InquiryView>(res, 200)).inquiry.id;
  /** Two first-line advisers speaking `language`: a mentor in category `area`, and a trainee there under them. */
  const aMentorAndTrainee = async (area: string, language: string) => {
    const mentor = await anAdviser(supervisor, { lines: ['first-line'], languages: [language] });
    const trainee = await anAdviser(supervisor, { lines: ['first-line'], languages: [language] });
    await json(await setCompetence(mentor.username, { areaKind: 'category', area, level: 'mentor' }), 200);
    await json(await setCompetence(trainee.username, { areaKind: 'category', area, level: 'in-training', mentor: mentor.username }), 200);
    return { mentor, trainee };
  };

  beforeAll(async () => {
    await pipeline.setUp();
    // The database outlives a run: an earlier run's required update would still bar the category.
    await pipeline.db.query(`DELETE FROM adviser_updates WHERE title = $1`, [UpdateTitle]);
    work = await pipeline.collect(Topics.InquiryWork);
    await pipeline.start('workdesk');
    supervisor = await login('supervisor', 'supervisor');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('audits every competence change, and refuses a mentor who is not one in that area', async () => {
    const mentor = await anAdviser(supervisor, { lines: ['first-line'] });
    const trainee = await anAdviser(supervisor, { lines: ['first-line'] });
    expect((await setCompetence(mentor.username, { areaKind: 'category', area: 'login', level: 'mentor' })).status).toBe(200);
    const refused = await setCompetence(trainee.username, {
      areaKind: 'category',
      area: 'inbox',
      level: 'in-training',
      mentor: mentor.username,
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(`${mentor.username} is not a mentor in category inbox`);
    expect((await setCompetence(trainee.username, { areaKind: 'category', area: 'cooking', level: 'qualified' })).status).toBe(400);
    expect((await setCompetence('nobody-here', { areaKind: 'category', area: 'login', level: 'qualified' })).status).toBe(404);
    expect((await api(`/api/competences/${trainee.username}`, { method: 'PUT', token: trainee.token, body: {} })).status).toBe(403);

    await json(
      await setCompetence(trainee.username, { areaKind: 'category', area: 'login', level: 'in-training', mentor: mentor.username }),
      200,
    );
    await json(await setCompetence(trainee.username, { areaKind: 'category', area: 'login', level: 'qualified', mentor: null }), 200);

    const audit = await json<CompetenceAuditView[]>(
      await api(`/api/competences/audit?adviser=${trainee.username}`, { token: supervisor }),
      200,
    );
    expect(audit.map((a) => [a.area, a.fromLevel, a.toLevel, a.fromMentor, a.toMentor, a.changedBy])).toEqual([
      ['login', 'in-training', 'qualified', mentor.username, null, 'supervisor'],
      ['login', null, 'in-training', null, mentor.username, 'supervisor'],
    ]);
    const register = await json<AdviserCompetencesView[]>(await api('/api/competences', { token: supervisor }), 200);
    expect(register.find((a) => a.adviser === trainee.username)?.competences).toMatchObject([
      { area: 'login', level: 'qualified', mentor: null },
    ]);
  });

  it('gives a trainee work only from the categories they train in; a qualified adviser takes the oldest of any', async () => {
    const { trainee } = await aMentorAndTrainee('attachments', 'nn');
    const qualified = await anAdviser(supervisor, { lines: ['first-line'], languages: ['nn'] });
    const [signing, uncategorised, attachments] = await seed([
      { queue: 'first-line', language: 'nn', category: 'signing', receivedAt: ago(30) },
      { queue: 'first-line', language: 'nn', category: null, receivedAt: ago(20) },
      { queue: 'first-line', language: 'nn', category: 'attachments', receivedAt: ago(10) },
    ]);

    const refused = await post('/api/work/claim?category=signing', trainee.token);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('in training');
    expect((await post('/api/work/claim?category=nonsense', trainee.token)).status).toBe(400);
    expect(await claimedId(await post('/api/work/claim', trainee.token))).toBe(attachments.id);
    // Nothing else they may take waits: the older work of other categories stays for others.
    expect((await post('/api/work/claim', trainee.token)).status).toBe(204);
    expect(await claimedId(await post('/api/work/claim', qualified.token))).toBe(signing.id);
    expect(await pipeline.queues.ids('first-line')).toContain(uncategorised.id);
  });

  it("sends a trainee's escalation to their mentor first, who passes it on to the second line", async () => {
    const { mentor, trainee } = await aMentorAndTrainee('roles-rights', 'en');
    const [inquiry] = await seed([{ queue: 'first-line', language: 'en', category: 'roles-rights' }]);
    expect(await claimedId(await post('/api/work/claim', trainee.token))).toBe(inquiry.id);
    await json(await post(`/api/inquiries/${inquiry.id}/accept`, trainee.token), 200);

    const escalated = await json<InquiryView>(
      await post(`/api/inquiries/${inquiry.id}/escalate`, trainee.token, { note: 'who may grant this role?' }),
      200,
    );
    expect(escalated).toMatchObject({ status: 'claimed', queue: 'first-line', assignedTo: mentor.username });
    const list = await json<MenteeEscalationView[]>(await api('/api/mentoring/escalations', { token: mentor.token }), 200);
    expect(list).toMatchObject([
      { inquiryId: inquiry.id, trainee: trainee.username, category: 'roles-rights', note: 'who may grant this role?' },
    ]);
    expect(await json<MenteeEscalationView[]>(await api('/api/mentoring/escalations', { token: trainee.token }), 200)).toEqual([]);
    // The trainee no longer holds it.
    expect((await post(`/api/inquiries/${inquiry.id}/escalate`, trainee.token, { note: 'again' })).status).toBe(403);

    const passedOn = await json<InquiryView>(
      await post(`/api/inquiries/${inquiry.id}/escalate`, mentor.token, { note: 'needs the second line' }),
      200,
    );
    expect(passedOn).toMatchObject({ status: 'queued', queue: 'second-line', assignedTo: null });
    expect(passedOn.history.slice(1).map((h) => [h.event, h.actor])).toEqual([
      ['reserved', trainee.username],
      ['accepted', trainee.username],
      ['escalated-to-mentor', trainee.username],
      ['escalated', mentor.username],
    ]);
    expect(passedOn.history[0].event).toBe('routed');
    expect(passedOn.history[3].details).toMatchObject({ trainee: trainee.username, mentor: mentor.username, category: 'roles-rights' });
    expect(await pipeline.queues.ids('second-line')).toContain(inquiry.id);
    expect(await json<MenteeEscalationView[]>(await api('/api/mentoring/escalations', { token: mentor.token }), 200)).toEqual([]);
    await eventually(
      async () => {
        const types = work.filter((r) => r.key === inquiry.id).map((r) => (JSON.parse(r.value!) as InquiryWork).type);
        return types.includes('escalated') ? types : undefined;
      },
      10_000,
      'the work events',
    ).then((types) => expect(types).toEqual(['reserved', 'accepted', 'escalated-to-mentor', 'escalated']));
  });

  it('keeps an adviser from claiming in the categories of a required update until they confirm it; other categories stay claimable', async () => {
    const adviser = await anAdviser(supervisor, { lines: ['second-line'], languages: ['nb'] });
    const [submission, inbox] = await seed([
      { queue: 'second-line', language: 'nb', category: 'submission', receivedAt: ago(30) },
      { queue: 'second-line', language: 'nb', category: 'inbox', receivedAt: ago(10) },
    ]);
    const update = await json<AdviserUpdateView>(
      await post('/api/adviser-updates', supervisor, {
        kind: 'procedure',
        title: UpdateTitle,
        body: 'Check the receipt before answering.',
        categories: ['submission'],
        requiredBeforeClaiming: true,
      }),
      201,
    );
    expect((await post('/api/adviser-updates', supervisor, { kind: 'rumour', title: 'x', body: 'y' })).status).toBe(400);
    expect((await post('/api/adviser-updates', adviser.token, { kind: 'procedure', title: 'x', body: 'y' })).status).toBe(403);

    const mine = await json<MyAdviserUpdateView[]>(await api('/api/adviser-updates/mine', { token: adviser.token }), 200);
    expect(mine.find((u) => u.id === update.id)).toMatchObject({ confirmedAt: null, requiredBeforeClaiming: true });
    const refused = await post('/api/work/claim?category=submission', adviser.token);
    expect(refused.status).toBe(403);
    expect(await json<ProblemDocument>(refused, 403)).toMatchObject({
      detail: 'confirm the update "New submission checks" before claiming submission work',
    });
    // The older submission work is passed over; the inbox work is not barred.
    const other = await claimedId(await post('/api/work/claim', adviser.token));
    expect(other).toBe(inbox.id);
    const before = await json<AdviserUpdateConfirmationsView>(
      await api(`/api/adviser-updates/${update.id}/confirmations`, { token: supervisor }),
      200,
    );
    expect(before.unconfirmed).toContain(adviser.username);
    expect(before.confirmed).toEqual([]);

    await json(await post(`/api/adviser-updates/${update.id}/confirm`, adviser.token), 200);
    const after = await json<AdviserUpdateConfirmationsView>(
      await api(`/api/adviser-updates/${update.id}/confirmations`, { token: supervisor }),
      200,
    );
    expect(after.confirmed.map((c) => c.adviser)).toContain(adviser.username);
    expect(after.unconfirmed).not.toContain(adviser.username);
    expect(await claimedId(await post('/api/work/claim?category=submission', adviser.token))).toBe(submission.id);
    expect((await api('/api/adviser-updates/not-a-uuid/confirmations', { token: supervisor })).status).toBe(400);
  });
});

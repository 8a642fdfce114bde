// Integration: real Kafka broker, Postgres (a database of this file's own: the stored distribution
// policy is one for the whole database) and Redis; router and workdesk run as real processes;
// requests go over HTTP.
import { randomUUID } from 'node:crypto';
import { Topics } from '@inquiry-router/contracts';
import { DefaultWorkPolicy, WorkPolicy } from '@inquiry-router/live-queues';
import { WorkPolicyRepository } from '@inquiry-router/persistence';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { aClassified, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';
import type {
  PublishedWorkPolicyView,
  WorkPolicyAuditEntryView,
  WorkPolicyDraftSummaryView,
  WorkPolicyDraftView,
  WorkPolicyVersionView,
} from './work-policy.views';

describe('the distribution policy API', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'work_policy' });
  const { api, json, login, post } = pipelineApi(pipeline);
  let supervisor: string;
  /** Stored before documents were checked: what routing and claiming must get through. */
  const storedBeforeChecks = { queues: null, averageHandlingMinutes: 12 };
  const storedDocument = () => new WorkPolicyRepository(pipeline.db).policyDocument();

  /** Published straight through the repository, as a version from before the checks would have been. */
  async function publishUnchecked(document: Record<string, unknown>): Promise<void> {
    const repository = new WorkPolicyRepository(pipeline.db);
    const id = randomUUID();
    const base = await repository.active();
    await repository.createDraft({ id, baseVersion: base!.version, document, createdBy: 'before-checks', comment: null, changes: [] });
    expect(await repository.publishDraft(id, 'before-checks', [])).toMatchObject({ outcome: 'published' });
  }

  beforeAll(async () => {
    await pipeline.setUp();
    await publishUnchecked(storedBeforeChecks);
    await Promise.all([pipeline.start('router'), pipeline.start('workdesk')]);
    supervisor = await login('supervisor');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('routes and claims under a stored document that fails the checks, its bad parts left to the defaults', async () => {
    const policy = await json<WorkPolicy>(await api('/api/work/policy', { token: supervisor }), 200);
    expect(policy).toEqual({ ...DefaultWorkPolicy, averageHandlingMinutes: 12 });

    const event = aClassified('first-line');
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: event.inquiry.id, value: event }]);
    await eventually(
      async () => ((await pipeline.queues.ids('first-line')).includes(event.inquiry.id) ? true : undefined),
      30_000,
      'the router to queue the inquiry',
    );

    await json(await api('/api/advisers/adviser', { method: 'PUT', token: supervisor, body: { lines: ['first-line'] } }), 200);
    const claimed = await json<InquiryView>(await post('/api/work/claim', await login('adviser')), 200);
    expect(claimed).toMatchObject({ inquiry: { id: event.inquiry.id }, status: 'reserved' });
  });

  it('refuses {"queues": null} with 400, naming the problem by its path, and stores nothing', async () => {
    const answer = await json<ProblemDocument>(
      await api('/api/work/policy', { method: 'PUT', token: supervisor, body: { queues: null } }),
      400,
    );
    expect(answer.problems).toEqual([
      { path: 'queues', message: 'null must be an object with any of first-line, second-line, servicedesk' },
    ]);
    expect(await storedDocument()).toEqual(storedBeforeChecks);
  });

  it('checks a document without storing it: its problems, or the policy it would put in force', async () => {
    const cycle = {
      queues: { 'first-line': { overflowTo: 'second-line' }, 'second-line': { overflowTo: 'first-line', reservationSeconds: 0 } },
    };
    const refused = await json<ProblemDocument>(await post('/api/work/policy/check', supervisor, cycle), 400);
    expect(refused.problems?.map((p) => p.path)).toEqual([
      'queues.second-line.reservationSeconds',
      'queues.first-line.overflowTo',
      'queues.second-line.overflowTo',
    ]);

    const checked = await json<WorkPolicy>(await post('/api/work/policy/check', supervisor, { averageHandlingMinutes: 5 }), 200);
    expect(checked).toEqual({ ...DefaultWorkPolicy, averageHandlingMinutes: 5 });
    expect(await storedDocument()).toEqual(storedBeforeChecks);
  });

  describe('changed by draft, check and publish', () => {
    const createDraft = async (document: unknown) =>
      json<WorkPolicyDraftView>(await post('/api/work/policy/drafts', supervisor, { document, comment: 'test' }), 201);
    const publish = (id: string) => post(`/api/work/policy/drafts/${id}/publish`, supervisor);

    /** Queues an inquiry meant for second-line and answers the queue the router put it in. */
    async function routeToSecondLine(): Promise<string> {
      const event = aClassified('second-line');
      await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: event.inquiry.id, value: event }]);
      return eventually(
        async () => {
          if ((await pipeline.queues.ids('first-line')).includes(event.inquiry.id)) return 'first-line';
          if ((await pipeline.queues.ids('second-line')).includes(event.inquiry.id)) return 'second-line';
          return undefined;
        },
        30_000,
        'the router to queue the inquiry',
      );
    }

    it('refuses a {"queues": null} draft with 400, naming the problem by its path', async () => {
      const answer = await json<ProblemDocument>(await post('/api/work/policy/drafts', supervisor, { document: { queues: null } }), 400);
      expect(answer.problems).toEqual([
        { path: 'queues', message: 'null must be an object with any of first-line, second-line, servicedesk' },
      ]);
    });

    it('stores a checked draft that is not in force until published; then the router and claims use it', async () => {
      const before = await storedDocument();
      const document = {
        averageHandlingMinutes: 480,
        queues: { 'first-line': { reservationSeconds: 900 }, 'second-line': { divertTo: 'first-line', divertAfterMinutes: 1 } },
      };
      const created = await createDraft(document);
      const shown = await json<WorkPolicyDraftView>(await api(`/api/work/policy/drafts/${created.id}`, { token: supervisor }), 200);
      expect(shown).toMatchObject({ id: created.id, status: 'draft', problems: [], stale: false });
      expect(shown.policy?.queues['first-line'].reservationSeconds).toBe(900);
      expect(shown.changes).toContainEqual({ path: 'averageHandlingMinutes', before: 12, after: 480 });
      expect(await storedDocument()).toEqual(before);

      const published = await json<PublishedWorkPolicyView>(await publish(created.id), 200);
      expect(published.policy.averageHandlingMinutes).toBe(480);
      expect(await storedDocument()).toEqual(document);
      const versions = await json<WorkPolicyVersionView[]>(await api('/api/work/policy/versions', { token: supervisor }), 200);
      expect(versions[0]).toMatchObject({ version: published.version, isActive: true, publishedBy: 'supervisor' });

      // The router takes the new version within its refresh: second-line, already waiting, diverts to first-line.
      await eventually(async () => ((await routeToSecondLine()) === 'first-line' ? true : undefined), 60_000, 'a divert');
      const claimed = await json<InquiryView>(await post('/api/work/claim', await login('adviser')), 200);
      expect(Date.parse(claimed.reservedUntil!) - Date.now()).toBeGreaterThan(800_000);
    }, 90_000);

    it('refuses with 409 to publish a draft made from a version that is no longer in force', async () => {
      const first = await createDraft({ averageHandlingMinutes: 20 });
      const second = await createDraft({ averageHandlingMinutes: 30 });
      await json(await publish(first.id), 200);
      const stale = await json<WorkPolicyDraftView>(await api(`/api/work/policy/drafts/${second.id}`, { token: supervisor }), 200);
      expect(stale.stale).toBe(true);
      const refused = await json<ProblemDocument>(await publish(second.id), 409);
      expect(refused.detail).toContain(`was made from version ${second.baseVersion}`);
      expect((await storedDocument()).averageHandlingMinutes).toBe(20);
    });

    it('discards a draft, which can then not be published; the audit lists every step', async () => {
      const draft = await createDraft({ averageHandlingMinutes: 40 });
      expect((await post(`/api/work/policy/drafts/${draft.id}/discard`, supervisor)).status).toBe(204);
      await json(await publish(draft.id), 409);
      await json(await post(`/api/work/policy/drafts/${draft.id}/discard`, supervisor), 409);
      await json(await api(`/api/work/policy/drafts/${randomUUID()}`, { token: supervisor }), 404);

      const discarded = await json<WorkPolicyDraftSummaryView[]>(
        await api('/api/work/policy/drafts?status=discarded', { token: supervisor }),
        200,
      );
      expect(discarded).toEqual([expect.objectContaining({ id: draft.id, status: 'discarded' })]);
      const audit = await json<WorkPolicyAuditEntryView[]>(await api('/api/work/policy/audit', { token: supervisor }), 200);
      expect(audit.filter((a) => a.draftId === draft.id).map((a) => a.action)).toEqual(['discarded', 'draft-created']);
      expect(audit.slice(0, 6).map((a) => a.action)).toEqual([
        'discarded',
        'draft-created',
        'published',
        'draft-created',
        'draft-created',
        'published',
      ]);
    });

    it('keeps PUT as draft and publish in one step, recorded the same way', async () => {
      const policy = await json<WorkPolicy>(
        await api('/api/work/policy', { method: 'PUT', token: supervisor, body: { averageHandlingMinutes: 9 } }),
        200,
      );
      expect(policy.averageHandlingMinutes).toBe(9);
      const audit = await json<WorkPolicyAuditEntryView[]>(await api('/api/work/policy/audit?limit=2', { token: supervisor }), 200);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'published', actor: 'supervisor' }),
        expect.objectContaining({ action: 'draft-created', actor: 'supervisor' }),
      ]);
    });
  });
});

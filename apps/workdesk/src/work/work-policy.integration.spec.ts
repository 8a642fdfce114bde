// Integration: real Kafka broker, Postgres (a database of this file's own: the stored distribution
// policy is one for the whole database) and Redis; router and workdesk run as real processes;
// requests go over HTTP.
import { Topics, type Problem } from '@inquiry-router/contracts';
import { DefaultWorkPolicy, WorkPolicy } from '@inquiry-router/live-queues';
import { WorkPolicyRepository } from '@inquiry-router/persistence';
import { aClassified, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';

interface ProblemAnswer {
  status: number;
  problems: Problem[];
}

describe('the distribution policy API', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'work_policy' });
  const { api, json, login, post } = pipelineApi(pipeline);
  let supervisor: string;
  /** Stored before documents were checked: what routing and claiming must get through. */
  const storedBeforeChecks = { queues: null, averageHandlingMinutes: 12 };
  const storedDocument = () => new WorkPolicyRepository(pipeline.db).policyDocument();

  beforeAll(async () => {
    await pipeline.setUp();
    await new WorkPolicyRepository(pipeline.db).savePolicyDocument(storedBeforeChecks, 'before-checks');
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
    const claimed = await json<{ inquiry: { id: string }; status: string }>(await post('/api/work/claim', await login('adviser')), 200);
    expect(claimed).toMatchObject({ inquiry: { id: event.inquiry.id }, status: 'reserved' });
  });

  it('refuses {"queues": null} with 400, naming the problem by its path, and stores nothing', async () => {
    const answer = await json<ProblemAnswer>(
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
    const refused = await json<ProblemAnswer>(await post('/api/work/policy/check', supervisor, cycle), 400);
    expect(refused.problems.map((p) => p.path)).toEqual([
      'queues.second-line.reservationSeconds',
      'queues.first-line.overflowTo',
      'queues.second-line.overflowTo',
    ]);

    const checked = await json<WorkPolicy>(await post('/api/work/policy/check', supervisor, { averageHandlingMinutes: 5 }), 200);
    expect(checked).toEqual({ ...DefaultWorkPolicy, averageHandlingMinutes: 5 });
    expect(await storedDocument()).toEqual(storedBeforeChecks);
  });
});

import { Inquiry, InquiryClassified, RoutingDecision, Topics } from '@inquiry-router/contracts';
import { NonRetriableError } from '@inquiry-router/messaging';
import { SystemClock } from '@inquiry-router/runtime';
import type { SupportCalendar } from '@inquiry-router/support-calendar';
import { CarryOutRouting } from './carry-out-routing';
import { PlanRoutes } from './plan-routes';
import { RouteInquiries } from './route-inquiries.use-case';
import { DivertBeforeQueueing } from './divert-before-queueing';
import {
  decisionFor,
  FixedAdviserAvailability,
  InMemoryRoutedInquiries,
  InMemoryRoutingHistory,
  inMemory,
  outboxStandIn,
  policyWithAgencies,
  recordingQueues,
  workPolicyOf,
} from './testing/router-doubles';

function setUp(options: { queueLengths?: Record<string, number>; workPolicy?: Record<string, unknown> } = {}) {
  const inquiries = new InMemoryRoutedInquiries();
  const history = new InMemoryRoutingHistory(inquiries.published);
  const { queues, enqueued } = recordingQueues(options.queueLengths);
  const dueAt = new Date('2026-03-03T10:00:00Z');
  const calendar = inMemory<SupportCalendar>({
    dueTimes: (_receivedAt, queue) =>
      queue
        ? {
            dueAt,
            warnAt: new Date('2026-03-03T09:00:00Z'),
            target: '1 working-days',
            serviceLevel: { within: 1, unit: 'working-days', warnFraction: 0.2, share: 0.9 },
          }
        : null,
  });
  const divert = new DivertBeforeQueueing(queues, new FixedAdviserAvailability(1));
  const workPolicy = workPolicyOf(options.workPolicy);
  const clock = new SystemClock();
  const route = new RouteInquiries(
    new PlanRoutes(policyWithAgencies('skd', 'nav'), calendar, workPolicy, divert),
    inquiries,
    new CarryOutRouting(queues, workPolicy, inquiries, outboxStandIn, clock),
    history,
    outboxStandIn,
    clock,
  );
  return { route, inquiries, enqueued, published: inquiries.published, history: history.entries, dueAt };
}

let n = 0;
function classified(target: RoutingDecision['target'], inquiry: Partial<Inquiry> = {}): InquiryClassified {
  n++;
  return {
    inquiry: {
      id: `i-${n}`,
      channel: 'email',
      receivedAt: '2026-03-02T10:00:00.000Z',
      from: { email: 'a@example.no' },
      to: 'support@example.no',
      body: 'hei',
      attachments: [],
      ...inquiry,
    },
    decision: decisionFor(target, { confidence: 0.9, reasons: ['because'] }),
    classifiedAt: '2026-03-02T10:00:01.000Z',
  };
}

describe('RouteInquiries', () => {
  it('records a queue target as waiting with its due time and enqueues it there', async () => {
    const { route, inquiries, enqueued, published, dueAt } = setUp();
    const c = classified('second-line', { language: 'nn' });
    await route.execute([c]);
    expect(inquiries.stored.get(c.inquiry.id)).toMatchObject({
      status: 'queued',
      routed: { queue: 'second-line', agency: null, serviceLevel: { dueAt } },
    });
    expect(enqueued).toEqual([
      { queue: 'second-line', id: c.inquiry.id, channel: 'email', language: 'nn', score: expect.any(Number) as unknown },
    ]);
    expect(published.filter((p) => p.topic === Topics.InquiryForwarded)).toEqual([]);
  });

  it('forwards an agency target, keyed by the agency, and marks it forwarded', async () => {
    const { route, inquiries, enqueued, published } = setUp();
    const c = classified('agency:skd');
    await route.execute([c]);
    expect(enqueued).toEqual([]);
    expect(published).toEqual([
      {
        topic: Topics.InquiryForwarded,
        key: 'skd',
        value: { agency: 'skd', inquiry: c.inquiry, decision: c.decision, forwardedAt: expect.any(String) as unknown },
      },
    ]);
    expect(inquiries.stored.get(c.inquiry.id)).toMatchObject({
      status: 'forwarded',
      routed: { queue: null, agency: 'skd', serviceLevel: null },
    });
  });

  it('routes a redelivered inquiry once, whether in the same batch or a later one', async () => {
    const { route, enqueued, published } = setUp();
    const queued = classified('first-line');
    const forwarded = classified('agency:nav');
    await route.execute([queued, forwarded, queued, forwarded]);
    expect(enqueued.map((e) => e.id)).toEqual([queued.inquiry.id]);
    expect(published.filter((p) => p.topic === Topics.InquiryForwarded)).toHaveLength(1);
    // A redelivery after it was forwarded forwards nothing again; one still waiting is put back in its queue (idempotent there).
    await route.execute([forwarded, queued]);
    expect(published.filter((p) => p.topic === Topics.InquiryForwarded)).toHaveLength(1);
    expect(enqueued.map((e) => e.id)).toEqual([queued.inquiry.id, queued.inquiry.id]);
  });

  it('lets a reply join its conversation while it is handled instead of queueing it again', async () => {
    const { route, inquiries, enqueued } = setUp();
    const first = classified('first-line');
    await route.execute([first]);
    const reply = classified('first-line', { threadRef: first.inquiry.id });
    await route.execute([reply]);
    expect(inquiries.stored.get(reply.inquiry.id)).toMatchObject({ status: 'in-thread', threadId: first.inquiry.id });
    expect(enqueued.map((e) => e.id)).toEqual([first.inquiry.id]);
  });

  it('dead-letters a decision for an agency without an agreement', async () => {
    const { route, inquiries } = setUp();
    const c = classified('agency:xyz');
    await expect(route.execute([c])).rejects.toThrow(NonRetriableError);
    expect(inquiries.stored.size).toBe(0);
  });

  it('diverts new work from a queue whose expected wait is too long, with its history and work event', async () => {
    const { route, enqueued, history, published } = setUp({
      queueLengths: { 'first-line': 100 },
      workPolicy: { averageHandlingMinutes: 10, queues: { 'first-line': { divertTo: 'second-line', divertAfterMinutes: 60 } } },
    });
    const c = classified('first-line');
    await route.execute([c]);
    expect(enqueued).toMatchObject([{ queue: 'second-line', id: c.inquiry.id }]);
    expect(history).toEqual([
      {
        inquiryId: c.inquiry.id,
        event: 'diverted',
        actor: 'router',
        details: { from: 'first-line', to: 'second-line', expectedWaitMinutes: 1000 },
      },
    ]);
    expect(published.find((p) => p.topic === Topics.InquiryWork)).toMatchObject({
      key: c.inquiry.id,
      value: { type: 'diverted', queue: 'second-line', actor: 'router' },
    });
  });
});

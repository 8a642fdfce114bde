import { Inquiry, InquiryClassified, RoutingDecision, Topics } from '@inquiry-router/contracts';
import { completeForward, initialStatus, InquiryHistoryEntry, InquiryStatus, isRefusal } from '@inquiry-router/inquiry';
import { NonRetriableError, Outbox, OutboxMessage } from '@inquiry-router/messaging';
import type {
  AdviserRepository,
  InquiryHistoryRepository,
  InquiryRepository,
  PendingRouting,
  RoutedInquiry,
  WorkPolicyRepository,
} from '@inquiry-router/persistence';
import { WorkPolicySource, type LiveQueues, type QueueEntry } from '@inquiry-router/live-queues';
import type { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { SystemClock } from '@inquiry-router/runtime';
import type { SupportCalendar } from '@inquiry-router/support-calendar';
import { RouteInquiries } from './route-inquiries.use-case';
import { DivertBeforeQueueing } from './divert-before-queueing';

/** The parts of a collaborator a test implements in memory; the use case calls nothing else. */
const inMemory = <T>(implementation: Partial<T>): T => implementation as T;

interface StoredInquiry {
  routed: RoutedInquiry;
  status: InquiryStatus;
  threadId: string;
}

/** What the in-memory repositories committed to the outbox with their changes, as published once relayed. */
type Published = { topic: string; key: string; value: unknown };
const publishedOf = (messages: readonly OutboxMessage[]): Published[] =>
  messages.map((m) => ({ topic: m.topic, key: m.key, value: m.payload }));

/** The system of record in memory: inquiries recorded once, routing still to carry out returned, forwards completed with their events. */
class InMemoryInquiries {
  readonly stored = new Map<string, StoredInquiry>();

  constructor(private readonly published: Published[]) {}

  async recordRouted(batch: RoutedInquiry[], joinsThread: (threadStatus: InquiryStatus | null) => boolean): Promise<PendingRouting[]> {
    for (const routed of batch) {
      if (this.stored.has(routed.inquiry.id)) continue;
      const thread = routed.inquiry.threadRef ? this.stored.get(routed.inquiry.threadRef) : undefined;
      const joins = joinsThread(thread ? this.stored.get(thread.threadId)!.status : null);
      this.stored.set(routed.inquiry.id, {
        routed: { ...routed, queue: joins ? null : routed.queue, agency: joins ? null : routed.agency },
        status: initialStatus(joins, routed.queue),
        threadId: thread?.threadId ?? routed.inquiry.id,
      });
    }
    return batch.flatMap(({ inquiry }) => {
      const s = this.stored.get(inquiry.id)!;
      if (s.status !== 'queued' && s.status !== 'forward-pending') return [];
      return [
        { id: inquiry.id, status: s.status, queue: s.routed.queue, agency: s.routed.agency, receivedAt: new Date(inquiry.receivedAt) },
      ];
    });
  }

  async markForwarded(forwards: { id: string; event: OutboxMessage }[]): Promise<void> {
    for (const { id, event } of forwards) {
      const s = this.stored.get(id)!;
      const forwarded = completeForward({
        id,
        status: s.status,
        queue: s.routed.queue,
        agency: s.routed.agency,
        assignedTo: null,
        reservedBy: null,
        reservedUntil: null,
        overflowedAt: null,
      });
      if (isRefusal(forwarded)) continue;
      s.status = forwarded.set.status!;
      this.published.push(...publishedOf([event]));
    }
  }
}

function setUp(options: { queueLengths?: Record<string, number>; workPolicy?: object } = {}) {
  const published: Published[] = [];
  const inquiries = new InMemoryInquiries(published);
  const enqueued: QueueEntry[] = [];
  const history: (InquiryHistoryEntry & { inquiryId: string })[] = [];
  const queues = inMemory<LiveQueues>({
    enqueue: async (entries) => {
      enqueued.push(...entries);
      return entries.length;
    },
    size: async (queue) => options.queueLengths?.[queue] ?? 0,
  });
  const outbox = inMemory<Outbox>({ messages: (topic, events) => events.map((e) => ({ topic, key: e.key, payload: e.value })) });
  const dueAt = new Date('2026-03-03T10:00:00Z');
  const calendar = inMemory<SupportCalendar>({
    dueTimes: (_receivedAt, queue) =>
      queue
        ? {
            dueAt,
            warnAt: new Date('2026-03-03T09:00:00Z'),
            target: '1 working-days',
            serviceLevel: { within: 1, unit: 'working-days', warnFraction: 0.2 },
          }
        : null,
  });
  const workPolicy = new WorkPolicySource(
    inMemory<WorkPolicyRepository>({ policyDocument: async () => ({ ...options.workPolicy }) }),
    undefined,
  );
  const divert = new DivertBeforeQueueing(queues, inMemory<AdviserRepository>({ availableFor: async () => 1 }));
  const policy = inMemory<RoutingPolicySource>({ currentFor: async () => ({}) as never, agencyCodes: () => new Set(['skd', 'nav']) });
  const historyRepo = inMemory<InquiryHistoryRepository>({
    add: async (entries, events = []) => {
      history.push(...entries);
      published.push(...publishedOf(events));
    },
  });
  const route = new RouteInquiries(
    inMemory<InquiryRepository>(inquiries),
    policy,
    queues,
    outbox,
    calendar,
    workPolicy,
    divert,
    historyRepo,
    new SystemClock(),
  );
  return { route, inquiries, enqueued, published, history, dueAt };
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
    decision: {
      target,
      kind: target.startsWith('agency:') ? 'subject-matter' : 'technical',
      category: target.startsWith('agency:') ? null : 'login',
      agency: target.startsWith('agency:') ? target.slice(7) : null,
      caseType: null,
      confidence: 0.9,
      reasons: ['because'],
      policyVersion: 'v1',
    },
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

import { Logger } from '@nestjs/common';
import { Inquiry, InquiryReclassified, RoutingDecision, Topics } from '@inquiry-router/contracts';
import { NonRetriableError } from '@inquiry-router/messaging';
import type { InquiryReclassification, ReclassificationOutcome } from '@inquiry-router/persistence';
import { SystemClock } from '@inquiry-router/runtime';
import { CarryOutRouting } from './carry-out-routing';
import { RerouteInquiries } from './reroute-inquiries.use-case';
import {
  decisionFor,
  DueAtWaitingWork,
  InMemoryRoutedInquiries,
  outboxStandIn,
  policyWithAgencies,
  recordingQueues,
  workPolicyOf,
} from './testing/router-doubles';

const inquiry = {
  id: 'i-1',
  channel: 'social',
  receivedAt: '2026-03-02T10:00:00.000Z',
  from: { name: 'x' },
  to: 'page',
  body: 'hei',
  attachments: [],
  language: 'en',
} as unknown as Inquiry;

const decision = (target: RoutingDecision['target']): RoutingDecision =>
  decisionFor(target, { confidence: 1, reasons: ['Corrected by ada: wrong line'] });

const change = (target: RoutingDecision['target']): InquiryReclassified => ({
  inquiryId: 'i-1',
  decision: decision(target),
  previous: { target: 'first-line', agency: null, category: 'login', caseType: null },
  source: 'adviser-correction',
  actor: 'ada',
  reason: 'wrong line',
  reclassifiedAt: '2026-03-02T11:00:00.000Z',
});

/** The system of record answers each reclassification with `outcome`; the test checks what the router then does in the live queues and on Kafka. */
function setUp(outcome: (c: InquiryReclassification) => ReclassificationOutcome) {
  const inquiries = new InMemoryRoutedInquiries(outcome);
  const { queues, enqueued, removed } = recordingQueues();
  const waiting = new DueAtWaitingWork(new Date('2026-03-03T10:00:00Z'));
  const reroute = new RerouteInquiries(
    inquiries,
    policyWithAgencies('skd'),
    queues,
    waiting,
    new CarryOutRouting(queues, workPolicyOf(), inquiries, outboxStandIn, new SystemClock()),
  );
  return {
    reroute,
    asked: inquiries.reclassifications,
    forwardedIds: inquiries.forwarded,
    removed,
    enqueued,
    published: inquiries.published,
  };
}

describe('RerouteInquiries', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('moves a waiting inquiry from its old live queue to the new one', async () => {
    const { reroute, asked, removed, enqueued } = setUp(() => ({
      outcome: 'rerouted',
      leftQueue: 'first-line',
      pending: { id: 'i-1', status: 'queued', queue: 'second-line', agency: null, receivedAt: new Date(inquiry.receivedAt) },
      inquiry,
      decision: decision('second-line'),
    }));
    await reroute.execute([change('second-line')]);
    expect(asked).toMatchObject([{ inquiryId: 'i-1', queue: 'second-line', agency: null, previousTarget: 'first-line', actor: 'ada' }]);
    expect(removed).toEqual([['first-line', 'i-1']]);
    expect(enqueued).toEqual([
      { queue: 'second-line', id: 'i-1', channel: 'social', language: 'en', category: 'login', score: expect.any(Number) as unknown },
    ]);
  });

  it('forwards an inquiry re-routed to an agency, and marks it forwarded', async () => {
    const { reroute, asked, removed, published, forwardedIds } = setUp(() => ({
      outcome: 'rerouted',
      leftQueue: 'first-line',
      pending: { id: 'i-1', status: 'forward-pending', queue: null, agency: 'skd', receivedAt: new Date(inquiry.receivedAt) },
      inquiry,
      decision: decision('agency:skd'),
    }));
    await reroute.execute([change('agency:skd')]);
    expect(asked).toMatchObject([{ queue: null, agency: 'skd' }]);
    expect(removed).toEqual([['first-line', 'i-1']]);
    expect(published).toEqual([
      {
        topic: Topics.InquiryForwarded,
        key: 'skd',
        value: { agency: 'skd', inquiry, decision: decision('agency:skd'), forwardedAt: expect.any(String) as unknown },
      },
    ]);
    expect(forwardedIds).toEqual(['i-1']);
  });

  it('completes nothing more for a change already carried out', async () => {
    const { reroute, removed, enqueued, published } = setUp(() => ({
      outcome: 'rerouted',
      leftQueue: null,
      pending: null,
      inquiry,
      decision: decision('second-line'),
    }));
    await reroute.execute([change('second-line')]);
    expect([removed, enqueued, published]).toEqual([[], [], []]);
  });

  it('leaves a change overtaken by newer work undone', async () => {
    const { reroute, removed, enqueued, published } = setUp(() => ({ outcome: 'stale', why: 'the inquiry was resolved in the meantime' }));
    await reroute.execute([change('second-line')]);
    expect([removed, enqueued, published]).toEqual([[], [], []]);
  });

  it('dead-letters a change for an unknown inquiry', async () => {
    const unknown = setUp(() => ({ outcome: 'unknown-inquiry' }));
    await expect(unknown.reroute.execute([change('second-line')])).rejects.toThrow(NonRetriableError);
  });

  it('asks the system of record to skip a change to an agency without an agreement, saying why, and moves nothing', async () => {
    const { reroute, asked, removed, enqueued, published } = setUp((c) => ({ outcome: 'stale', why: c.cannotRoute! }));
    await reroute.execute([change('agency:xyz')]);
    expect(asked).toMatchObject([
      { inquiryId: 'i-1', queue: null, agency: null, cannotRoute: 'target "agency:xyz" names no agency with an agreement' },
    ]);
    expect([removed, enqueued, published]).toEqual([[], [], []]);
  });
});

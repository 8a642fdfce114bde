import { Inquiry, InquiryClassified, RoutingDecision, Topics } from '@inquiry-router/contracts';
import { hashIdentityKey } from '@inquiry-router/inquirer';
import { SystemClock } from '@inquiry-router/runtime';
import type { SupportCalendar } from '@inquiry-router/support-calendar';
import { IncidentsInForce, IncidentStore } from '@inquiry-router/incidents-in-force';
import type { Notice } from '@inquiry-router/notices';
import { aNotice } from '@inquiry-router/notices/testing';
import type { ScheduledJobs } from '@inquiry-router/runtime';
import { CarryOutRouting } from './carry-out-routing';
import { PlanRoutes } from './plan-routes';
import { RouteInquiries } from './route-inquiries.use-case';
import { DivertBeforeQueueing } from './divert-before-queueing';
import { MatchIncidents } from './match-incidents';
import { LinkIncidents } from './link-incidents';
import { InquirerKeys } from './inquirer-keys';
import { SendRepeatContactsToSecondLine } from './send-repeat-contacts-to-second-line';
import { RecogniseSenders } from './recognise-senders';
import { TakeSurveyReplies } from './take-survey-replies';
import { RouterEnv } from './router.env';
import {
  decisionFor,
  FixedAdviserAvailability,
  InMemoryIncidentLinks,
  InMemoryEarlierContacts,
  KnownContact,
  InMemoryRoutedInquiries,
  InMemoryRoutingHistory,
  inMemory,
  outboxStandIn,
  policyInForce,
  recordingQueues,
  workPolicyOf,
  NoOpenSurveys,
} from './testing/router-doubles';

const secret = 'a-router-test-secret-of-32-characters';

/** The incidents in force, as the router's cached reader has them once read. */
async function incidentsInForce(incidents: Notice[]): Promise<IncidentsInForce> {
  const store: IncidentStore = {
    incidentsAndComponents: () =>
      Promise.resolve({ incidents, components: [{ code: 'login', names: { nb: 'Innlogging' }, categories: ['login'] }] }),
  };
  const reader = new IncidentsInForce(store, { refreshSeconds: 5 }, inMemory<ScheduledJobs>({}));
  await reader.refresh();
  return reader;
}

async function setUp(
  options: {
    queueLengths?: Record<string, number>;
    workPolicy?: Record<string, unknown>;
    incidents?: Notice[];
    earlierContacts?: KnownContact[];
    repeatContactWithinDays?: number;
  } = {},
) {
  const inquiries = new InMemoryRoutedInquiries();
  const earlier = new InMemoryEarlierContacts(options.earlierContacts);
  const policy = policyInForce(
    ['skd', 'nav'],
    options.repeatContactWithinDays ? { repeatContact: { withinDays: options.repeatContactWithinDays } } : {},
  );
  const links = new InMemoryIncidentLinks(inquiries.published);
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
  const env = Object.assign(new RouterEnv(), { STATUS_PAGE_URL: 'https://status.example/status', INQUIRER_KEY_SECRET: secret });
  const route = new RouteInquiries(
    new PlanRoutes(
      policy,
      calendar,
      workPolicy,
      divert,
      new InquirerKeys(policy, env),
      new SendRepeatContactsToSecondLine(policy, earlier),
    ),
    inquiries,
    new CarryOutRouting(queues, workPolicy, inquiries, outboxStandIn, clock),
    history,
    outboxStandIn,
    clock,
    new MatchIncidents(await incidentsInForce(options.incidents ?? [])),
    new LinkIncidents(links, outboxStandIn, clock, env),
    new RecogniseSenders(clock),
    new TakeSurveyReplies(new NoOpenSurveys(), clock),
  );
  return { route, inquiries, enqueued, published: inquiries.published, history: history.entries, dueAt, links, earlier };
}

let n = 0;
function classified(target: RoutingDecision['target'], inquiry: Partial<Inquiry> = {}): InquiryClassified {
  n++;
  return {
    inquiry: {
      id: `i-${n}`,
      channel: 'email',
      receivedAt: '2026-03-02T10:00:00.000Z',
      // A person of its own: two contacts of one person may be repeat contacts.
      from: { email: `person-${n}@example.no` },
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
    const { route, inquiries, enqueued, published, dueAt } = await setUp();
    const c = classified('second-line', { language: 'nn' });
    await route.execute([c]);
    expect(inquiries.stored.get(c.inquiry.id)).toMatchObject({
      status: 'queued',
      routed: { queue: 'second-line', agency: null, serviceLevel: { dueAt } },
    });
    expect(enqueued).toEqual([
      { queue: 'second-line', id: c.inquiry.id, channel: 'email', language: 'nn', category: 'login', score: expect.any(Number) as unknown },
    ]);
    expect(published.filter((p) => p.topic === Topics.InquiryForwarded)).toEqual([]);
  });

  it('forwards an agency target, keyed by the agency, and marks it forwarded', async () => {
    const { route, inquiries, enqueued, published } = await setUp();
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
    const { route, enqueued, published } = await setUp();
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
    const { route, inquiries, enqueued } = await setUp();
    const first = classified('first-line');
    await route.execute([first]);
    const reply = classified('first-line', { threadRef: first.inquiry.id, from: first.inquiry.from });
    await route.execute([reply]);
    expect(inquiries.stored.get(reply.inquiry.id)).toMatchObject({ status: 'in-thread', threadId: first.inquiry.id });
    expect(enqueued.map((e) => e.id)).toEqual([first.inquiry.id]);
  });

  it('sends a decision for an agency without an agreement to the first line, saying so, and the rest of its batch on', async () => {
    const { route, inquiries, enqueued, published } = await setUp();
    const orphan = classified('agency:xyz');
    const classifiersReason = { code: 'agreement-by-subject', params: { agency: 'xyz', name: 'Xyz' } } as const;
    orphan.decision.reasonCodes = [classifiersReason];
    const forwarded = classified('agency:skd');
    await route.execute([orphan, forwarded]);
    expect(inquiries.stored.get(orphan.inquiry.id)).toMatchObject({
      status: 'queued',
      routed: {
        queue: 'first-line',
        agency: null,
        decision: {
          target: 'first-line',
          agency: null,
          reasons: ['because', 'No agreement with xyz is in force: the first line takes the inquiry.'],
          reasonCodes: [classifiersReason, { code: 'agency-without-agreement', params: { agency: 'xyz' } }],
        },
      },
    });
    expect(enqueued.map((e) => [e.queue, e.id])).toEqual([['first-line', orphan.inquiry.id]]);
    expect(published.filter((p) => p.topic === Topics.InquiryForwarded).map((p) => p.key)).toEqual(['skd']);
  });

  it('diverts new work from a queue whose expected wait is too long, with its history and work event', async () => {
    const { route, enqueued, history, published } = await setUp({
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

  describe('with an incident in force on login', () => {
    const incident = aNotice({
      id: 'DRIFT-00042',
      title: { nb: 'Feil ved innlogging med BankID', en: 'Login with BankID fails' },
      startsAt: new Date('2026-03-02T09:00:00Z'),
    });

    it('records the match among the decision’s reasons, links it once and tells the inquirer once, in their language', async () => {
      const { route, inquiries, links, published } = await setUp({ incidents: [incident] });
      const c = classified('first-line', { language: 'en', subject: 'BankID', body: 'I cannot log in with BankID' });
      await route.execute([c]);
      const { reasons } = inquiries.stored.get(c.inquiry.id)!.routed.decision;
      expect(reasons[0]).toBe('because');
      expect(reasons).toContain('linked to incident DRIFT-00042 "Feil ved innlogging med BankID"');
      const [link] = [...links.stored.values()];
      expect([...links.stored.values()]).toEqual([
        {
          inquiryId: c.inquiry.id,
          noticeId: 'DRIFT-00042',
          explanation: reasons.slice(1),
          explanationCodes: expect.any(Array) as unknown,
          told: true,
        },
      ]);
      // The link's codes say the same as its text, line for line.
      expect(link.explanationCodes.map((r) => r.code)).toEqual([
        'incident-linked',
        'incident-category',
        'incident-words',
        'incident-in-force',
      ]);
      const notices = () => published.filter((p) => p.topic === Topics.OutboundMessage);
      expect(notices()).toEqual([
        {
          topic: Topics.OutboundMessage,
          key: c.inquiry.id,
          value: expect.objectContaining({
            inquiryId: c.inquiry.id,
            channel: 'email',
            purpose: 'incident-notice',
            language: 'en',
            body: expect.stringContaining('"Login with BankID fails"') as unknown,
            sentBy: 'router',
          }) as unknown,
        },
      ]);
      expect((notices()[0].value as { body: string }).body).toContain('https://status.example/status#DRIFT-00042');

      await route.execute([c]);
      expect(notices()).toHaveLength(1);
    });

    it('links a call on its category alone and sends the caller nothing (the menu told them)', async () => {
      const { route, links, published } = await setUp({ incidents: [incident] });
      const call = classified('first-line', {
        channel: 'phone',
        from: { phone: '+4792900840' },
        body: 'IVR: 1 innlogging. Innringer sa ikke noe.',
      });
      await route.execute([call]);
      expect([...links.stored.values()]).toMatchObject([{ inquiryId: call.inquiry.id, noticeId: 'DRIFT-00042', told: false }]);
      expect(published.filter((p) => p.topic === Topics.OutboundMessage)).toEqual([]);
    });

    it('leaves an inquiry of another matter, or received before the incident, unlinked', async () => {
      const { route, links, inquiries } = await setUp({ incidents: [incident] });
      const other = classified('first-line', { body: 'Hvordan endrer jeg adressen min?' });
      const before = classified('first-line', { body: 'BankID virker ikke', receivedAt: '2026-03-02T08:00:00.000Z' });
      await route.execute([other, before]);
      expect(links.stored.size).toBe(0);
      expect(inquiries.stored.get(other.inquiry.id)!.routed.decision.reasons).toEqual(['because']);
    });
  });

  describe('knowing the inquirer', () => {
    const phoneKey = hashIdentityKey(secret, { kind: 'phone', value: '90550123' });
    // Received a week before the contacts of these tests (2026-03-02 10:00).
    const earlierMail = (overrides: Partial<KnownContact> = {}): KnownContact => ({
      inquiryId: 'IR-EARLIERMAIL2',
      channel: 'email',
      receivedAt: new Date('2026-02-23T10:00:00Z'),
      threadId: 'IR-EARLIERMAIL2',
      caseId: null,
      category: 'login',
      unresolved: true,
      reopened: false,
      keys: [phoneKey],
      ...overrides,
    });
    const call = (target: RoutingDecision['target'] = 'first-line') =>
      classified(target, { channel: 'phone', from: { phone: '+47 905 50 123' }, to: '+4775006000', body: 'IVR: 1 innlogging.' });
    const mailSigned = () =>
      classified('first-line', {
        receivedAt: '2026-03-02T09:00:00.000Z',
        from: { email: 'kari@example.no' },
        body: 'Jeg får ikke logget inn.\n\nHilsen Kari\nTlf: 905 50 123',
      });

    it('sends a technical contact for the first line to the second when the same person has an unresolved contact on the matter, naming it', async () => {
      const { route, inquiries, enqueued, dueAt } = await setUp({ earlierContacts: [earlierMail()] });
      const c = call();
      await route.execute([c]);
      const { routed } = inquiries.stored.get(c.inquiry.id)!;
      expect(routed).toMatchObject({
        queue: 'second-line',
        serviceLevel: { dueAt },
        decision: { target: 'second-line', category: 'login' },
      });
      expect(routed.decision.reasons).toEqual([
        'because',
        "Second line: the same person's earlier contact IR-EARLIERMAIL2 (email, 2026-02-23) about the same matter (login) is not resolved; recognised by phone number.",
      ]);
      expect(enqueued).toMatchObject([{ queue: 'second-line', id: c.inquiry.id }]);
    });

    it('counts a reopened contact, and reads the period from the policy in force', async () => {
      const reopened = await setUp({ earlierContacts: [earlierMail({ unresolved: false, reopened: true })] });
      const c = call();
      await reopened.route.execute([c]);
      expect(reopened.inquiries.stored.get(c.inquiry.id)!.routed.decision.reasons.at(-1)).toMatch(
        /IR-EARLIERMAIL2 .* was reopened; recognised by phone number\.$/,
      );

      const shortPeriod = await setUp({ earlierContacts: [earlierMail()], repeatContactWithinDays: 6 });
      const d = call();
      await shortPeriod.route.execute([d]);
      expect(shortPeriod.inquiries.stored.get(d.inquiry.id)!.routed).toMatchObject({
        queue: 'first-line',
        decision: { reasons: ['because'] },
      });
    });

    it('leaves the first line when the earlier contact is resolved, about another matter, or another person’s', async () => {
      const { route, inquiries } = await setUp({
        earlierContacts: [
          earlierMail({ inquiryId: 'IR-RESOLVED', unresolved: false }),
          earlierMail({ inquiryId: 'IR-SIGNING', category: 'signing' }),
          earlierMail({ inquiryId: 'IR-STRANGER', keys: [hashIdentityKey(secret, { kind: 'phone', value: '41223344' })] }),
        ],
      });
      const c = call();
      await route.execute([c]);
      expect(inquiries.stored.get(c.inquiry.id)!.routed).toMatchObject({
        queue: 'first-line',
        decision: { target: 'first-line', reasons: ['because'] },
      });
    });

    it('changes no decision but a technical one for the first line', async () => {
      const { route, inquiries } = await setUp({ earlierContacts: [earlierMail()] });
      const servicedesk = call('servicedesk');
      const agency = call('agency:skd');
      await route.execute([servicedesk, agency]);
      expect(inquiries.stored.get(servicedesk.inquiry.id)!.routed).toMatchObject({
        queue: 'servicedesk',
        decision: { reasons: ['because'] },
      });
      expect(inquiries.stored.get(agency.inquiry.id)!.routed).toMatchObject({ agency: 'skd', decision: { reasons: ['because'] } });
    });

    it('follows a reply from the conversation’s sender into its conversation: an unresolved contact there counts whatever its category', async () => {
      const { route, inquiries, earlier } = await setUp({
        earlierContacts: [
          earlierMail({
            inquiryId: 'IR-ROOT',
            threadId: 'IR-ROOT',
            category: 'signing',
            keys: [hashIdentityKey(secret, { kind: 'email', value: 'kari@example.no' })],
          }),
        ],
      });
      const reply = classified('first-line', { from: { email: 'kari@example.no' }, threadRef: 'IR-ROOT', body: 'Fortsatt feil.' });
      earlier.conversations.set('IR-ROOT', {
        threadId: 'IR-ROOT',
        status: 'resolved',
        channel: 'email',
        from: { email: 'Kari@Example.no' },
        caseId: null,
      });
      await route.execute([reply]);
      expect(inquiries.stored.get(reply.inquiry.id)!.routed.decision.reasons.at(-1)).toMatch(
        /^Second line: the same person's earlier contact IR-ROOT \(email, 2026-02-23\) about the same conversation is not resolved; recognised by email address\.$/,
      );

      // While the conversation is handled, a reply joins it and is queued nowhere: its decision stays as it is.
      earlier.conversations.set('IR-ROOT', { ...earlier.conversations.get('IR-ROOT')!, status: 'queued' });
      const joining = classified('first-line', { from: { email: 'kari@example.no' }, threadRef: 'IR-ROOT', body: 'Fortsatt feil.' });
      await route.execute([joining]);
      expect(inquiries.stored.get(joining.inquiry.id)!.routed.decision.reasons).toEqual(['because']);

      // Someone else quoting the reference starts a conversation of their own: nothing of IR-ROOT counts.
      const stranger = classified('first-line', { from: { email: 'other@example.no' }, threadRef: 'IR-ROOT', body: 'Fortsatt feil.' });
      await route.execute([stranger]);
      expect(inquiries.stored.get(stranger.inquiry.id)!.routed.queue).toBe('first-line');
    });

    it('counts an earlier contact of the same batch on its way to the queues', async () => {
      const { route, inquiries } = await setUp();
      const mail = mailSigned();
      const c = call();
      await route.execute([c, mail]);
      expect(inquiries.stored.get(mail.inquiry.id)!.routed.queue).toBe('first-line');
      expect(inquiries.stored.get(c.inquiry.id)!.routed.decision.reasons.at(-1)).toBe(
        `Second line: the same person's earlier contact ${mail.inquiry.id} (email, 2026-03-02) about the same matter (login) is not resolved; recognised by phone number.`,
      );
    });

    it('records each sender’s person once: the person of a contact sharing a key, else a new one', async () => {
      const { route, inquiries } = await setUp();
      const mail = mailSigned();
      const c = call();
      const stranger = classified('first-line');
      await route.execute([mail]);
      await route.execute([c, stranger]);
      const person = inquiries.recognised.get(mail.inquiry.id)!;
      expect(person).toMatchObject({ isNew: true, match: { by: 'new' } });
      expect(inquiries.recognised.get(c.inquiry.id)).toMatchObject({
        inquirerId: person.inquirerId,
        isNew: false,
        match: { by: 'keys', keys: ['phone'], inquiries: [mail.inquiry.id] },
      });
      expect(inquiries.recognised.get(stranger.inquiry.id)).toMatchObject({ isNew: true });
      expect(inquiries.recognised.get(stranger.inquiry.id)!.inquirerId).not.toBe(person.inquirerId);
      // Keys are kept as keyed hashes only.
      expect(JSON.stringify(person.keys)).not.toMatch(/kari|90550123/);

      const before = inquiries.recognised.get(c.inquiry.id);
      await route.execute([c]);
      expect(inquiries.recognised.get(c.inquiry.id)).toBe(before);
    });
  });
});

// The router's collaborators in memory, for its use-case specs: its ports implemented over maps
// and arrays, and the library services it uses reduced to what the use cases call.
import { defaultPolicy, RoutingPolicy } from '@inquiry-router/classification';
import { agencyOfTarget, IdentityKeyKinds, Inquiry, isAgencyTarget, RoutingDecision } from '@inquiry-router/contracts';
import type { EarlierContact, HashedIdentityKey, Recognition } from '@inquiry-router/inquirer';
import { completeForward, initialStatus, InquiryHistoryEntry, InquiryStatus, isRefusal } from '@inquiry-router/inquiry';
import { LiveQueues, QueueEntry, WorkPolicySource, WorkPolicyStore } from '@inquiry-router/live-queues';
import type { Outbox, OutboxMessage } from '@inquiry-router/messaging';
import type {
  ConversationOfReply,
  EarlierContactLookup,
  InquiryReclassification,
  NewIncidentLink,
  PendingRouting,
  ReclassificationOutcome,
  RoutedInquiry,
  OpenSurveyOfConversation,
  SenderRecognition,
  SurveyAnswerOutcome,
  WaitingInquiry,
} from '@inquiry-router/persistence';
import type { ReferencedThread, ReplyPlacement } from '@inquiry-router/routing';
import type { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import {
  AdviserAvailability,
  EarlierContacts,
  IncidentLinks,
  RoutedInquiryStore,
  RoutingHistory,
  SurveyReplies,
  WaitingWork,
} from '../router.ports';

/** The parts of a library service a test implements in memory; the use case calls nothing else. */
export const inMemory = <T>(implementation: Partial<T>): T => implementation as T;

/** An event the in-memory stores committed to the outbox with their changes, as published once relayed. */
export type Published = { topic: string; key: string; value: unknown };
const publishedOf = (messages: readonly OutboxMessage[]): Published[] =>
  messages.map((m) => ({ topic: m.topic, key: m.key, value: m.payload }));

interface StoredInquiry {
  routed: RoutedInquiry;
  status: InquiryStatus;
  threadId: string;
}

/**
 * The system of record in memory: inquiries recorded once, each with its sender's person as the
 * recognition given decides (from the recognised inquiries sharing its key hashes, and the
 * conversation a reply joined; quoted references are not followed here), routing still to carry
 * out returned, forwards completed with their events. Reclassifications are answered by `answer`,
 * as the test scripts them, and change nothing stored; a forward of an inquiry not stored here is
 * completed as told.
 */
export class InMemoryRoutedInquiries implements RoutedInquiryStore {
  readonly stored = new Map<string, StoredInquiry>();
  readonly recognised = new Map<string, Recognition & { keys: HashedIdentityKey[] }>();
  readonly published: Published[] = [];
  readonly reclassifications: InquiryReclassification[] = [];
  readonly forwarded: string[] = [];

  constructor(
    private readonly answer: (change: InquiryReclassification) => ReclassificationOutcome = () => ({ outcome: 'unknown-inquiry' }),
  ) {}

  recordRouted(
    batch: RoutedInquiry[],
    placeReply: (reply: Inquiry, thread: ReferencedThread | null) => ReplyPlacement,
    senders?: SenderRecognition,
    forwardEvents?: ReadonlyMap<string, OutboxMessage>,
  ): Promise<PendingRouting[]> {
    const fresh: string[] = [];
    for (const routed of batch) {
      if (this.stored.has(routed.inquiry.id)) continue;
      const thread = routed.inquiry.threadRef ? this.stored.get(routed.inquiry.threadRef) : undefined;
      const root = thread ? this.stored.get(thread.threadId)! : undefined;
      const place = placeReply(routed.inquiry, root ? { status: root.status, ...root.routed.inquiry } : null);
      const joins = place.placement === 'joins';
      this.stored.set(routed.inquiry.id, {
        routed: { ...routed, queue: joins ? null : routed.queue, agency: joins ? null : routed.agency },
        status: initialStatus(joins, routed.queue),
        threadId: place.placement === 'own-thread' ? routed.inquiry.id : thread!.threadId,
      });
      fresh.push(routed.inquiry.id);
    }
    if (senders) this.recognise(senders);
    // As Postgres does: a new inquiry for an agency whose event is given is forwarded in the same transaction.
    const forwardedNow = fresh.flatMap((id) => {
      const event = forwardEvents?.get(id);
      return event && this.stored.get(id)!.status === 'forward-pending' ? [{ id, event }] : [];
    });
    void this.markForwarded(forwardedNow);
    return Promise.resolve(
      batch.flatMap(({ inquiry }) => {
        const s = this.stored.get(inquiry.id)!;
        if (s.status !== 'queued' && s.status !== 'forward-pending') return [];
        return [
          { id: inquiry.id, status: s.status, queue: s.routed.queue, agency: s.routed.agency, receivedAt: new Date(inquiry.receivedAt) },
        ];
      }),
    );
  }

  private recognise({ inquiries, recognise }: SenderRecognition): void {
    const unrecognised = inquiries.filter((b) => !this.recognised.has(b.inquiryId));
    const known = [...this.recognised.values()].map(({ inquiryId, inquirerId, receivedAt, keys }) => ({
      inquiryId,
      inquirerId,
      receivedAt,
      keys,
    }));
    const made = recognise(
      unrecognised.map((b) => {
        const { routed, status, threadId } = this.stored.get(b.inquiryId)!;
        return {
          inquiryId: b.inquiryId,
          receivedAt: new Date(routed.inquiry.receivedAt),
          threadId,
          keys: b.keys,
          conversationInquirerId: status === 'in-thread' ? (this.recognised.get(threadId)?.inquirerId ?? null) : null,
          quoted: [],
        };
      }),
      known,
    );
    const keysOf = new Map(inquiries.map((b) => [b.inquiryId, b.keys]));
    for (const r of made) this.recognised.set(r.inquiryId, { ...r, keys: keysOf.get(r.inquiryId)! });
  }

  // Each forward is marked with its event in the outbox, in one transaction.
  markForwarded(forwards: { id: string; event: OutboxMessage }[]): Promise<void> {
    for (const { id, event } of forwards) {
      const s = this.stored.get(id);
      if (s) {
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
      }
      this.forwarded.push(id);
      this.published.push(...publishedOf([event]));
    }
    return Promise.resolve();
  }

  reclassify(change: InquiryReclassification): Promise<ReclassificationOutcome> {
    this.reclassifications.push(change);
    return Promise.resolve(this.answer(change));
  }
}

/** History rows in memory; their events go to `published` with them. */
export class InMemoryRoutingHistory implements RoutingHistory {
  readonly entries: (InquiryHistoryEntry & { inquiryId: string })[] = [];

  constructor(private readonly published: Published[]) {}

  add(entries: (InquiryHistoryEntry & { inquiryId: string })[], events: readonly OutboxMessage[] = []): Promise<void> {
    this.entries.push(...entries);
    this.published.push(...publishedOf(events));
    return Promise.resolve();
  }
}

/** Nothing waiting in Postgres; every inquiry due at `dueAt`. */
export class DueAtWaitingWork implements WaitingWork {
  constructor(private readonly due: Date) {}

  waiting(): Promise<WaitingInquiry[]> {
    return Promise.resolve([]);
  }

  waitingIds(): Promise<string[]> {
    return Promise.resolve([]);
  }

  dueAt(): Promise<Date | null> {
    return Promise.resolve(this.due);
  }
}

/** No satisfaction survey open: every reply is routed. */
export class NoOpenSurveys implements SurveyReplies {
  openSurveysOf(): Promise<OpenSurveyOfConversation[]> {
    return Promise.resolve([]);
  }
  repliesTakenAsAnswers(): Promise<string[]> {
    return Promise.resolve([]);
  }
  answerByReply(): Promise<SurveyAnswerOutcome> {
    return Promise.resolve('unknown');
  }
}

/** The same number of advisers available for every queue. */
export class FixedAdviserAvailability implements AdviserAvailability {
  constructor(private readonly available: number) {}

  availableFor(): Promise<number> {
    return Promise.resolve(this.available);
  }
}

/** The stored distribution policy document in memory. */
export class InMemoryWorkPolicyStore implements WorkPolicyStore {
  constructor(private readonly document: Record<string, unknown> = {}) {}

  policyDocument(): Promise<unknown> {
    return Promise.resolve({ ...this.document });
  }
}

/** The distribution policy source itself, over a stored `document`. */
export const workPolicyOf = (document: Record<string, unknown> = {}): WorkPolicySource =>
  new WorkPolicySource(new InMemoryWorkPolicyStore(document), undefined);

/** Live queues that record what is enqueued and removed; `lengths` are the queues' sizes. */
export function recordingQueues(lengths: Record<string, number> = {}) {
  const enqueued: QueueEntry[] = [];
  const removed: [string, string][] = [];
  const queues = inMemory<LiveQueues>({
    enqueue: (entries) => {
      enqueued.push(...entries);
      return Promise.resolve(entries.length);
    },
    remove: (queue, id) => {
      removed.push([queue, id]);
      return Promise.resolve();
    },
    size: (queue) => Promise.resolve(lengths[queue] ?? 0),
  });
  return { queues, enqueued, removed };
}

/** The outbox as its writers use it: messages for a topic, written by the stores with their changes. */
export const outboxStandIn = inMemory<Outbox>({
  messages: (topic, events) => events.map((e) => ({ topic, key: e.key, payload: e.value })),
});

/** The routing policy in force: the default one with `overrides`, and agreements with `agencies` only. */
export function policyInForce(agencies: readonly string[], overrides: Partial<RoutingPolicy> = {}): RoutingPolicySource {
  const policy: RoutingPolicy = {
    ...defaultPolicy,
    agencies: defaultPolicy.agencies.filter((a) => agencies.includes(a.code)),
    ...overrides,
  };
  return inMemory<RoutingPolicySource>({
    current: () => policy,
    currentFor: () => Promise.resolve(policy),
    agencyCodes: () => new Set(agencies),
  });
}

/** The routing policy in force, with agreements with `agencies`. */
export const policyWithAgencies = (...agencies: string[]): RoutingPolicySource => policyInForce(agencies);

/** A decision for `target` (a queue or `agency:<code>`), as the classifier or a person makes it. */
export const decisionFor = (target: RoutingDecision['target'], made: Pick<RoutingDecision, 'confidence' | 'reasons'>): RoutingDecision => ({
  target,
  kind: isAgencyTarget(target) ? 'subject-matter' : 'technical',
  category: isAgencyTarget(target) ? null : 'login',
  agency: agencyOfTarget(target),
  caseType: null,
  ...made,
  policyVersion: 'v1',
});

/** Links of inquiries to incidents in memory: each stored once, a new one's events committed with it. */
export class InMemoryIncidentLinks implements IncidentLinks {
  readonly stored = new Map<string, NewIncidentLink>();

  constructor(readonly published: Published[] = []) {}

  recordLinks(links: readonly NewIncidentLink[], eventsOf: (made: NewIncidentLink[]) => OutboxMessage[]): Promise<NewIncidentLink[]> {
    const made = links.filter((l) => !this.stored.has(`${l.inquiryId} ${l.noticeId}`));
    for (const l of made) this.stored.set(`${l.inquiryId} ${l.noticeId}`, l);
    if (made.length > 0) this.published.push(...publishedOf(eventsOf(made)));
    return Promise.resolve(made);
  }
}

/** An earlier contact there is, with the key hashes it carries. */
export type KnownContact = Omit<EarlierContact, 'matchedBy'> & { keys: HashedIdentityKey[] };

/**
 * The same person's earlier contacts in memory: `contacts` are those there are, found by a shared
 * key hash or by the conversation, within a lookup's period; `conversations` what replies refer to.
 */
export class InMemoryEarlierContacts implements EarlierContacts {
  readonly conversations = new Map<string, ConversationOfReply>();

  constructor(readonly contacts: KnownContact[] = []) {}

  conversationsOf(refs: readonly string[]): Promise<Map<string, ConversationOfReply>> {
    return Promise.resolve(new Map(refs.flatMap((ref) => (this.conversations.has(ref) ? [[ref, this.conversations.get(ref)!]] : []))));
  }

  earlierContacts(lookups: readonly EarlierContactLookup[]): Promise<Map<string, EarlierContact[]>> {
    return Promise.resolve(
      new Map(
        lookups.map((l) => [
          l.inquiryId,
          this.contacts.flatMap(({ keys, ...contact }) => {
            const shared = new Set(keys.filter((k) => l.keyHashes.includes(k.hash)).map((k) => k.kind));
            const inPeriod = contact.receivedAt >= l.since && contact.receivedAt <= l.until;
            if (!inPeriod || contact.inquiryId === l.inquiryId || (shared.size === 0 && contact.threadId !== l.threadId)) return [];
            return [{ ...contact, matchedBy: IdentityKeyKinds.filter((k) => shared.has(k)) }];
          }),
        ]),
      ),
    );
  }
}

import type { Inquiry } from '@inquiry-router/contracts';
import type { InquiryHistoryEntry } from '@inquiry-router/inquiry';
import type { ReferencedThread, ReplyPlacement } from '@inquiry-router/routing';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { EarlierContact } from '@inquiry-router/inquirer';
import type {
  ConversationOfReply,
  EarlierContactLookup,
  InquiryReclassification,
  NewIncidentLink,
  OpenSurveyOfConversation,
  PendingRouting,
  ReclassificationOutcome,
  RoutedInquiry,
  SenderRecognition,
  ServiceLevelAlert,
  SurveyAnswerOutcome,
  ServiceLevelAlertKind,
  WaitingInquiry,
} from '@inquiry-router/persistence';

/** The system of record of routed inquiries: decisions recorded once, changes of decision, forwards completed. */
export abstract class RoutedInquiryStore {
  /**
   * Records each inquiry with its decision once (a reply may join its thread), its sender's
   * person as `senders` recognises them, and a new one for an agency forwarded with its event from
   * `forwardEvents`, in one transaction; returns the routing still to carry out.
   */
  abstract recordRouted(
    batch: RoutedInquiry[],
    placeReply: (reply: Inquiry, thread: ReferencedThread | null) => ReplyPlacement,
    senders?: SenderRecognition,
    forwardEvents?: ReadonlyMap<string, OutboxMessage>,
  ): Promise<PendingRouting[]>;
  /** Marks forwards done, each with its event in the outbox, in one transaction. */
  abstract markForwarded(forwards: { id: string; event: OutboxMessage }[]): Promise<void>;
  /** Records a person's change of decision, with its new status and history. */
  abstract reclassify(change: InquiryReclassification): Promise<ReclassificationOutcome>;
}

/** History rows of the router's own changes (diverts), with their events in the outbox. */
export abstract class RoutingHistory {
  abstract add(entries: (InquiryHistoryEntry & { inquiryId: string })[], events?: readonly OutboxMessage[]): Promise<void>;
}

/** What waits in the queues as the system of record has it. */
export abstract class WaitingWork {
  /**
   * Every inquiry waiting in `queue`, reserved ones with their holder: what the live queues are
   * rebuilt from; with `among`, only those of these ids.
   */
  abstract waiting(queue: string, among?: readonly string[]): Promise<WaitingInquiry[]>;
  /** The ids of every inquiry waiting in `queue`, reserved or not: what the live queues are compared with. */
  abstract waitingIds(queue: string): Promise<string[]>;
  abstract dueAt(id: string): Promise<Date | null>;
}

/** How many advisers are available for a queue now (for diverting new work). */
export abstract class AdviserAvailability {
  abstract availableFor(queue: string): Promise<number>;
}

/** Waiting inquiries whose service level is due to be announced, each announced once. */
export abstract class ServiceLevelWatch {
  abstract announceDue(
    kind: ServiceLevelAlertKind,
    now: Date,
    limit: number,
    eventsOf: (alerts: ServiceLevelAlert[]) => OutboxMessage[],
  ): Promise<ServiceLevelAlert[]>;
}

/** Links of inquiries to incidents: each stored once, a new one with its history row and its events. */
export abstract class IncidentLinks {
  abstract recordLinks(
    links: readonly NewIncidentLink[],
    eventsOf: (made: NewIncidentLink[]) => OutboxMessage[],
  ): Promise<NewIncidentLink[]>;
}

/** The same person's earlier contacts, for the repeat-contact rule. */
export abstract class EarlierContacts {
  /** The conversations replies refer to (by the reference), as recorded. */
  abstract conversationsOf(refs: readonly string[]): Promise<Map<string, ConversationOfReply>>;
  /** For each lookup of a batch, by its inquiry id, the same person's contacts received in its period. */
  abstract earlierContacts(lookups: readonly EarlierContactLookup[]): Promise<Map<string, EarlierContact[]>>;
}

/** The satisfaction surveys a reply may answer (their conversations'), and the answers replies gave. */
export abstract class SurveyReplies {
  abstract openSurveysOf(references: readonly string[], now: Date): Promise<OpenSurveyOfConversation[]>;
  abstract repliesTakenAsAnswers(replyIds: readonly string[]): Promise<string[]>;
  abstract answerByReply(
    surveyId: string,
    replyInquiryId: string,
    answer: { score: number; comment: string | null },
    now: Date,
  ): Promise<SurveyAnswerOutcome>;
}

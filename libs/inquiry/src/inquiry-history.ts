import type { InquiryHistoryEventName } from '@inquiry-router/contracts';

/** The details each history event of an inquiry records, by event name. */
export interface InquiryHistoryDetails {
  /** `notJoined`: the reply quoted a conversation of another sender, which it did not join. */
  routed: { target: string; threadId: string; notJoined?: string };
  'reply-received': { inquiryId: string; joined: boolean };
  reserved: { queue: string; reservedUntil: string };
  accepted: { queue: string | null };
  answered: { messageId: string };
  /** `by: 'incident'`: answered with the resolution text of the incident `noticeId` it was linked to. */
  resolved: { answered: true; messageId: string; queue?: string | null; by?: 'agency' | 'incident'; agency?: string; noticeId?: string };
  escalated: { from: string | null; queue: 'second-line'; note: string };
  /** A trainee's escalation, handed to their mentor (in the inquiry's category or queue) before the second line. */
  'escalated-to-mentor': { trainee: string; mentor: string; category: string | null; queue: string | null; note: string };
  'sent-to-servicedesk': { from: string | null; queue: 'servicedesk'; caseType: string; note: string };
  'put-back': { queue: string; heldBy: string | null; note?: string };
  /** By the router (`agency` only) or by an adviser (with their note and the queue it left). */
  forwarded: { agency: string | null; note?: string; from?: string | null };
  overflowed: { from: string; queue: string; waitLimitMinutes: number; moved: boolean };
  released: { adviser: string; reason: string; queue: string | null };
  'reservation-lapsed': { adviser: string; queue: string | null; reservedUntil?: string };
  diverted: { from: string; to: string; expectedWaitMinutes: number };
  reclassified: {
    source: string;
    reason: string;
    from: string;
    to: string;
    fromQueue: string | null;
    releasedFrom: string | null;
    reclassifiedAt: string;
  };
  'reclassification-skipped': { source: string; to: string; why: string; reclassifiedAt: string };
  'agency-acknowledged': { agency: string };
  /** The router found it is about a known incident (why, as in its decision's reasons); `told`: the inquirer was sent a notice. */
  'linked-to-incident': { noticeId: string; explanation: string[]; told: boolean };
}

/** An event of this library's, declared in the contracts too (the console names each): one missing there is refused here. */
export type InquiryHistoryEvent = keyof InquiryHistoryDetails & InquiryHistoryEventName;

/** One row of an inquiry's history: what happened, who did it (null: the system), and its details. */
export type InquiryHistoryEntry<E extends InquiryHistoryEvent = InquiryHistoryEvent> = {
  [K in E]: { event: K; actor: string | null; details: InquiryHistoryDetails[K] };
}[E];

export function historyEntry<E extends InquiryHistoryEvent>(
  event: E,
  actor: string | null,
  details: InquiryHistoryDetails[E],
): InquiryHistoryEntry<E> {
  return { event, actor, details };
}

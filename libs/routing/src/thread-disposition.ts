import { partyIdentity, type Channel, type InquiryParty } from '@inquiry-router/contracts';
import type { InquiryStatus } from '@inquiry-router/inquiry';

/** Conversation states in which someone is already on it: a reply then joins instead of queueing again. */
const beingHandled: ReadonlySet<InquiryStatus> = new Set<InquiryStatus>(['queued', 'claimed', 'forward-pending', 'forwarded', 'in-thread']);

/** A message as far as threading goes: who sent it on which channel. */
export interface ThreadParticipant {
  channel: Channel;
  from: InquiryParty;
}

/** The conversation a reply refers to, as recorded: its first inquiry's state and sender. */
export interface ReferencedThread extends ThreadParticipant {
  status: InquiryStatus;
}

export type ReplyPlacement =
  /** Someone is on the conversation: the reply joins it there instead of queueing again. */
  | { placement: 'joins' }
  /** The conversation was resolved: the reply reopens it as new work in the same conversation. */
  | { placement: 'reopens' }
  /**
   * A conversation of its own: it refers to none we know, or to someone else's. `notJoined`
   * then says which reference was quoted and why it was not followed.
   */
  | { placement: 'own-thread'; notJoined?: string };

/**
 * Where a reply goes. Only the conversation's own sender — the same email address, phone number
 * or social account, compared normalised — continues it: quoting someone else's reference or
 * Message-ID must neither show the mail in their conversation, reopen their case nor send them
 * our notices, so such a reply is a new inquiry that only mentions the reference.
 */
export function placeReply(reply: ThreadParticipant & { threadRef?: string }, thread: ReferencedThread | null): ReplyPlacement {
  if (thread === null) return { placement: 'own-thread' };
  if (!sameSender(reply, thread))
    return {
      placement: 'own-thread',
      notJoined: `quoted ${reply.threadRef ?? 'a reference'} of a conversation with another sender: not joined, routed as a new inquiry`,
    };
  return beingHandled.has(thread.status) ? { placement: 'joins' } : { placement: 'reopens' };
}

/** The reply's sender is the conversation's, by the identity of the reply's channel; unknown is not the same. */
export function sameSender(reply: ThreadParticipant, thread: ThreadParticipant): boolean {
  const identity = partyIdentity(reply.channel, reply.from);
  return identity !== null && identity === partyIdentity(reply.channel, thread.from);
}

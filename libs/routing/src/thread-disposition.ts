import type { InquiryStatus } from '@inquiry-router/inquiry';

/** Conversation states in which someone is already on it: a reply then joins instead of queueing again. */
const beingHandled: ReadonlySet<InquiryStatus> = new Set<InquiryStatus>(['queued', 'claimed', 'forward-pending', 'forwarded', 'in-thread']);

/**
 * Whether a reply joins its conversation (the person handling it sees the reply there) or is
 * routed as new work (the conversation was resolved, so the reply reopens it as a new inquiry).
 */
export function replyJoinsThread(threadStatus: InquiryStatus | null): boolean {
  return threadStatus !== null && beingHandled.has(threadStatus);
}

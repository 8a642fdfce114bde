import type { Channel } from '@inquiry-router/contracts';
import type { WorkPolicy } from './work-policy';

export interface ScoredInquiry {
  channel: Channel;
  receivedAt: Date;
  /** The service-level due time, once the inquiry carries one (column `due_at`). */
  dueAt?: Date | null;
}

/**
 * An inquiry's place in its queue (lower is served first): its service-level due time, less its
 * channel's head start. Waiting time thus counts against the target (an email close to breaching
 * passes a fresh social message) and priority comes first in practice (a caller's head start is a
 * day). The score depends only on the inquiry and the policy, never on when it is computed, so an
 * inquiry put back, lapsed or rebuilt from Postgres takes its original place again.
 */
export function queueScore(inquiry: ScoredInquiry, policy: Pick<WorkPolicy, 'channelWeightMinutes' | 'targetSeconds'>): number {
  const received = inquiry.receivedAt.getTime();
  const due = inquiry.dueAt ? inquiry.dueAt.getTime() : received + policy.targetSeconds[inquiry.channel] * 1000;
  // Age breaks ties: everything received while support is closed is due at the same moment, and
  // among those the oldest comes first. The weight is small enough (a day's difference in age moves
  // an inquiry by under 90 s) that the due time still decides, and large enough to stay exact in a
  // double at today's epoch milliseconds.
  return due - policy.channelWeightMinutes[inquiry.channel] * 60_000 + (received - due) * AgeTieBreakWeight;
}

export const AgeTieBreakWeight = 1e-3;

import { historyEntry, InquiryHistoryEntry } from './inquiry-history';
import type { InquiryChange, Refusal } from './inquiry-lifecycle';
import type { Actor, InquiryState } from './inquiry-state';
import type { InquiryStatus } from './inquiry-status';

/**
 * Whether a reclassification the router receives still applies. It was checked against the
 * inquiry as the person saw it (`previousTarget`); if the inquiry has since been resolved,
 * joined a conversation or been re-routed by someone else, carrying it out would undo newer work.
 */
export function staleReclassification(current: { status: InquiryStatus; target: string }, previousTarget: string): string | null {
  if (current.status === 'resolved') return 'the inquiry was resolved in the meantime';
  if (current.status === 'in-thread') return 'the inquiry joined a conversation';
  if (current.target !== previousTarget)
    return `the inquiry was re-routed in the meantime (to ${current.target}, not ${previousTarget} as when it was reclassified)`;
  return null;
}

/**
 * Whether a person may re-route the inquiry now (to `target`): not once it is resolved or joined a
 * conversation, not to where it already goes, and a claimed one only by whoever holds it or by
 * someone allowed to take work over (it is then released).
 */
export function reclassificationRefusal(
  current: { status: InquiryStatus; target: string; assignedTo: string | null },
  target: string,
  actor: Actor,
): Refusal | null {
  const refuse = (reason: string): Refusal => ({ refused: 'conflict', reason });
  if (current.status === 'resolved') return refuse('the inquiry is resolved and can no longer be re-routed');
  if (current.status === 'in-thread')
    return refuse("the inquiry is a reply that joined its conversation; re-route the conversation's first inquiry instead");
  if (current.target === target) return refuse(`the inquiry already goes to ${target}`);
  if (current.status === 'claimed' && current.assignedTo !== actor.username && !actor.mayTakeOver) {
    return refuse('the inquiry is held by another adviser; only they or a supervisor can re-route it');
  }
  return null;
}

/** A person's change of where an inquiry goes, as the router carries it out. */
export interface RouteChange {
  /** The new decision's target, and the target the person saw when deciding. */
  target: string;
  previousTarget: string;
  source: string;
  actor: string;
  reason: string;
  reclassifiedAt: string;
  /** Where the new decision sends it: exactly one of queue or agency, unless routing cannot carry it out. */
  queue: string | null;
  agency: string | null;
  /**
   * Why routing cannot carry the change out at all (it names an agency with no agreement in
   * force): the change is skipped, and its history says why, where the person who made it sees it.
   */
  cannotRoute?: string;
}

export type ReclassifyOutcome =
  /** Overtaken by newer work, or not routable: nothing changes, the history says why once. */
  | { skipped: InquiryHistoryEntry<'reclassification-skipped'> }
  /** The live queue it waited in (to take it out of), and the change: it waits in its new queue or for its forward, released by whoever held it. */
  | { leftQueue: string | null; change: InquiryChange<'reclassified'> };

/** Carries out a person's change of where the inquiry goes, unless newer work overtook it or routing cannot. */
export function reclassifyInquiry(state: InquiryState, currentTarget: string, change: RouteChange): ReclassifyOutcome {
  const why = staleReclassification({ status: state.status, target: currentTarget }, change.previousTarget) ?? change.cannotRoute ?? null;
  if (why !== null) {
    return {
      skipped: historyEntry('reclassification-skipped', change.actor, {
        source: change.source,
        to: change.target,
        why,
        reclassifiedAt: change.reclassifiedAt,
      }),
    };
  }
  // Only a waiting inquiry sits in a live queue; a claimed one was popped when it was claimed.
  const leftQueue = state.status === 'queued' ? state.queue : null;
  return {
    leftQueue,
    change: {
      set: {
        status: change.queue ? 'queued' : 'forward-pending',
        queue: change.queue,
        agency: change.agency,
        assignedTo: null,
        assignedAt: null,
        reservedBy: null,
        reservedUntil: null,
      },
      history: historyEntry('reclassified', change.actor, {
        source: change.source,
        reason: change.reason,
        from: currentTarget,
        to: change.target,
        fromQueue: leftQueue,
        releasedFrom: state.status === 'claimed' ? state.assignedTo : null,
        reclassifiedAt: change.reclassifiedAt,
      }),
    },
  };
}

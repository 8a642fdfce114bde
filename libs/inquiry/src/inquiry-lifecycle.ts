import { historyEntry, InquiryHistoryEntry, InquiryHistoryEvent } from './inquiry-history';
import type { Actor, InquiryState } from './inquiry-state';
import type { InquiryStatus } from './inquiry-status';

/** Why an action may not happen to the inquiry as it stands. */
export type RefusalKind = 'not-found' | 'conflict' | 'forbidden';

export interface Refusal {
  refused: RefusalKind;
  reason: string;
}

/** What a change writes on the inquiry; fields not named stay as they are. */
export type InquiryChangeSet = Partial<{
  status: InquiryStatus;
  queue: string | null;
  agency: string | null;
  assignedTo: string | null;
  assignedAt: Date | null;
  reservedBy: string | null;
  reservedUntil: Date | null;
  overflowedAt: Date;
}>;

/** A change of the inquiry and the history row that records it. */
export interface InquiryChange<E extends InquiryHistoryEvent = InquiryHistoryEvent> {
  set: InquiryChangeSet;
  history: InquiryHistoryEntry<E>;
}

export type Decided<E extends InquiryHistoryEvent = InquiryHistoryEvent> = InquiryChange<E> | Refusal;

export const isRefusal = (decided: object): decided is Refusal => 'refused' in decided;

const conflict = (reason: string): Refusal => ({ refused: 'conflict', reason });

/** Where a routed inquiry starts: a reply joins a conversation still being handled, anything else waits in its queue or for its forward. */
export function initialStatus(
  joinsThread: boolean,
  queue: string | null,
): Extract<InquiryStatus, 'in-thread' | 'queued' | 'forward-pending'> {
  if (joinsThread) return 'in-thread';
  return queue ? 'queued' : 'forward-pending';
}

/** What an inquiry must look like for a change to apply, as data, so a store can also check it atomically. */
export type InquiryGuard = Partial<Pick<InquiryState, 'status' | 'queue' | 'reservedBy' | 'assignedTo' | 'agency'>>;

export function satisfies(state: InquiryState, guard: InquiryGuard): boolean {
  return (Object.keys(guard) as (keyof InquiryGuard)[]).every((field) => state[field] === guard[field]);
}

/** A claim may reserve only an inquiry waiting unreserved in the queue the adviser claims from. */
export const reservable = (queue: string): InquiryGuard => ({ status: 'queued', reservedBy: null, queue });

/** The reservation for an adviser until `reservedUntil` (until they accept or it lapses), to apply where `reservable` holds. */
export function reservation(adviser: string, queue: string, reservedUntil: Date): InquiryChange<'reserved'> {
  return {
    set: { reservedBy: adviser, reservedUntil },
    history: historyEntry('reserved', adviser, { queue, reservedUntil: reservedUntil.toISOString() }),
  };
}

/** A claim reserves an inquiry waiting unreserved in the queue the adviser claims from. */
export function reserveInquiry(state: InquiryState, adviser: string, queue: string, reservedUntil: Date): Decided<'reserved'> {
  if (!satisfies(state, reservable(queue))) return conflict(`${state.id} no longer waits unreserved in ${queue}`);
  return reservation(adviser, queue, reservedUntil);
}

/** The adviser takes the inquiry reserved for them, unless the reservation has lapsed by `now`. */
export function acceptInquiry(state: InquiryState, adviser: string, now: Date): Decided<'accepted'> {
  if (state.status === 'claimed' && state.assignedTo === adviser) return conflict(`you have already accepted ${state.id}`);
  if (state.status !== 'queued' || state.reservedBy !== adviser) return conflict(`${state.id} is not reserved for you`);
  if (!state.reservedUntil || state.reservedUntil <= now)
    return conflict(`your reservation of ${state.id} lapsed at ${state.reservedUntil?.toISOString()}`);
  return {
    set: { status: 'claimed', assignedTo: adviser, assignedAt: now, reservedBy: null, reservedUntil: null },
    history: historyEntry('accepted', adviser, { queue: state.queue }),
  };
}

/** Only the holder of an accepted inquiry (or someone who may take work over) acts on it. */
export function holderRefusal(state: InquiryState, actor: Actor): Refusal | null {
  if (state.status === 'queued' && state.reservedBy === actor.username) return conflict(`accept ${state.id} first`);
  if (state.status !== 'claimed') return conflict(`${state.id} is not in an adviser's hands (it is ${state.status})`);
  if (state.assignedTo !== actor.username && !actor.mayTakeOver)
    return { refused: 'forbidden', reason: `${state.id} is held by another adviser` };
  return null;
}

/** The holder answers without resolving: only the history records it. */
export function answerInquiry(state: InquiryState, actor: Actor, messageId: string): Decided<'answered'> {
  return holderRefusal(state, actor) ?? { set: {}, history: historyEntry('answered', actor.username, { messageId }) };
}

/** The holder answers and resolves it. */
export function resolveInquiry(state: InquiryState, actor: Actor, messageId: string): Decided<'resolved'> {
  return (
    holderRefusal(state, actor) ?? {
      set: { status: 'resolved' },
      history: historyEntry('resolved', actor.username, { answered: true, messageId, queue: state.queue }),
    }
  );
}

/**
 * An incident it was linked to is resolved and its resolution text answers it: whoever holds it
 * or has it reserved, it is resolved (the claim and reservation end). One already resolved,
 * forwarded to an agency or being forwarded is left as it is.
 */
export function resolveForIncident(state: InquiryState, actor: string, noticeId: string, messageId: string): Decided<'resolved'> {
  if (state.status !== 'queued' && state.status !== 'claimed' && state.status !== 'in-thread')
    return conflict(`${state.id} is ${state.status}: not answered for the incident`);
  return {
    set: { status: 'resolved', reservedBy: null, reservedUntil: null },
    history: historyEntry('resolved', actor, { answered: true, messageId, queue: state.queue, by: 'incident', noticeId }),
  };
}

/** The holder sends it to the second line, where it waits again (unless it came from there). */
export function escalateInquiry(state: InquiryState, actor: Actor, note: string): Decided<'escalated'> {
  const refusal = holderRefusal(state, actor);
  if (refusal) return refusal;
  if (state.queue === 'second-line') return conflict(`${state.id} is already in the second line`);
  return {
    set: { status: 'queued', queue: 'second-line', assignedTo: null, assignedAt: null },
    history: historyEntry('escalated', actor.username, { from: state.queue, queue: 'second-line', note }),
  };
}

/**
 * A trainee holding the inquiry hands it to their mentor with a note, before it goes to the second
 * line: the mentor holds it from now on (to answer it, or to escalate it on).
 */
export function escalateToMentor(
  state: InquiryState,
  actor: Actor,
  escalation: { mentor: string; category: string | null; note: string; now: Date },
): Decided<'escalated-to-mentor'> {
  const refusal = holderRefusal(state, actor);
  if (refusal) return refusal;
  if (escalation.mentor === state.assignedTo) return conflict(`${state.id} is already with ${escalation.mentor}`);
  return {
    set: { assignedTo: escalation.mentor, assignedAt: escalation.now },
    history: historyEntry('escalated-to-mentor', actor.username, {
      trainee: state.assignedTo!,
      mentor: escalation.mentor,
      category: escalation.category,
      queue: state.queue,
      note: escalation.note,
    }),
  };
}

/** The holder sends it to the service desk as a case of `caseType` (unless it is with the service desk already). */
export function sendInquiryToServicedesk(
  state: InquiryState,
  actor: Actor,
  caseType: string,
  note: string,
): Decided<'sent-to-servicedesk'> {
  const refusal = holderRefusal(state, actor);
  if (refusal) return refusal;
  if (state.queue === 'servicedesk') return conflict(`${state.id} is already with the service desk`);
  return {
    set: { status: 'queued', queue: 'servicedesk', assignedTo: null, assignedAt: null },
    history: historyEntry('sent-to-servicedesk', actor.username, { from: state.queue, queue: 'servicedesk', caseType, note }),
  };
}

/** The holder gives it back to the queue it came from. */
export function putBackInquiry(state: InquiryState, actor: Actor, note?: string): Decided<'put-back'> {
  const refusal = holderRefusal(state, actor);
  if (refusal) return refusal;
  if (!state.queue) return conflict(`${state.id} has no queue to go back to`);
  return {
    set: { status: 'queued', assignedTo: null, assignedAt: null },
    history: historyEntry('put-back', actor.username, { queue: state.queue, heldBy: state.assignedTo, ...(note && { note }) }),
  };
}

/** The holder forwards it to an agency (the caller has checked the agency has an agreement). */
export function forwardInquiry(state: InquiryState, actor: Actor, agency: string, note: string): Decided<'forwarded'> {
  const refusal = holderRefusal(state, actor);
  if (refusal) return refusal;
  if (state.agency === agency && state.status === 'forwarded') return conflict(`${state.id} is already forwarded to ${agency}`);
  return {
    set: { status: 'forwarded', agency, queue: null, assignedTo: null, assignedAt: null },
    history: historyEntry('forwarded', actor.username, { agency, note, from: state.queue }),
  };
}

/** The router's forward of a routed inquiry went out: it is the agency's now. */
export function completeForward(state: InquiryState): Decided<'forwarded'> {
  if (state.status !== 'forward-pending') return conflict(`${state.id} is not waiting for its forward (it is ${state.status})`);
  return { set: { status: 'forwarded' }, history: historyEntry('forwarded', null, { agency: state.agency }) };
}

/** The queue's wait limit a waiting inquiry passed, and the queue the policy sends it to then (its own when none). */
export interface OverflowRule {
  queue: string;
  to: string;
  waitLimitMinutes: number;
}

/** An inquiry waiting unreserved past its queue's limit overflows once, at `now`, and moves to the rule's queue. */
export function overflowInquiry(state: InquiryState, rule: OverflowRule, now: Date, actor: string): Decided<'overflowed'> {
  if (state.status !== 'queued' || state.reservedBy !== null || state.overflowedAt !== null || state.queue !== rule.queue)
    return conflict('no longer waiting here');
  return {
    set: { overflowedAt: now, queue: rule.to },
    history: historyEntry('overflowed', actor, {
      from: rule.queue,
      queue: rule.to,
      waitLimitMinutes: rule.waitLimitMinutes,
      moved: rule.to !== rule.queue,
    }),
  };
}

/** An adviser's reservation is given back (they went offline); the inquiry waits unreserved again. */
export function releaseReservation(state: InquiryState, adviser: string, reason: string, actor: string): Decided<'released'> {
  if (state.status !== 'queued' || state.reservedBy !== adviser) return conflict('no longer reserved by them');
  return {
    set: { reservedBy: null, reservedUntil: null },
    history: historyEntry('released', actor, { adviser, reason, queue: state.queue }),
  };
}

/**
 * What becomes of a reservation found expired in the live queues: it lapses if it is still the
 * same reservation and past its time by `now`; one not yet due is kept until its time; otherwise
 * the reservation is gone, and the inquiry goes back to its queue only if it waits there unreserved
 * (released in the system of record but not yet in the live queues).
 */
export type LapseOutcome = { lapse: InquiryChange<'reservation-lapsed'> } | { keepUntil: Date } | { gone: 'requeue' | 'drop' };

export function lapseReservation(
  state: InquiryState,
  reservation: { adviser: string; queue: string },
  now: Date,
  actor: string,
): LapseOutcome {
  if (state.status === 'queued' && state.reservedBy === reservation.adviser && state.queue === reservation.queue) {
    if (state.reservedUntil && state.reservedUntil > now) return { keepUntil: state.reservedUntil };
    return {
      lapse: {
        set: { reservedBy: null, reservedUntil: null },
        history: historyEntry('reservation-lapsed', actor, {
          adviser: reservation.adviser,
          queue: state.queue,
          reservedUntil: state.reservedUntil?.toISOString(),
        }),
      },
    };
  }
  return { gone: state.status === 'queued' && state.reservedBy === null && state.queue === reservation.queue ? 'requeue' : 'drop' };
}

/** An agency answered an inquiry forwarded to it: it is resolved (once; a repeat is a conflict). */
export function resolveByAgency(state: InquiryState, agency: string, actor: string, messageId: string): Decided<'resolved'> {
  if (state.agency !== agency) return { refused: 'not-found', reason: `${state.id} is not forwarded to ${agency}` };
  if (state.status === 'resolved') return conflict(`${state.id} was answered before`);
  if (state.status !== 'forwarded') return { refused: 'not-found', reason: `${state.id} is not forwarded to ${agency}` };
  return {
    set: { status: 'resolved' },
    history: historyEntry('resolved', actor, { answered: true, messageId, by: 'agency', agency }),
  };
}

/** An agency takes an inquiry forwarded to it (and still open) into its own handling; the history records who. */
export function acknowledgeByAgency(state: InquiryState, agency: string, actor: string): InquiryChange<'agency-acknowledged'> | Refusal {
  if (state.agency !== agency || state.status !== 'forwarded')
    return { refused: 'not-found', reason: `${state.id} is not open with ${agency}` };
  return { set: {}, history: historyEntry('agency-acknowledged', actor, { agency }) };
}

import {
  acceptInquiry,
  acknowledgeByAgency,
  answerInquiry,
  completeForward,
  escalateInquiry,
  escalateToMentor,
  forwardInquiry,
  holderRefusal,
  initialStatus,
  isRefusal,
  lapseReservation,
  overflowInquiry,
  putBackInquiry,
  releaseReservation,
  reservable,
  reservation,
  reserveInquiry,
  satisfies,
  resolveByAgency,
  resolveInquiry,
  sendInquiryToServicedesk,
} from './inquiry-lifecycle';
import type { Actor, InquiryState } from './inquiry-state';
import { isPendingRouting } from './inquiry-status';
import { waiting } from './testing/inquiry-states';

const now = new Date('2026-03-02T10:00:00Z');
const later = new Date('2026-03-02T10:05:00Z');
const earlier = new Date('2026-03-02T09:55:00Z');

const reservedForAda: InquiryState = { ...waiting, reservedBy: 'ada', reservedUntil: later };
const heldByAda: InquiryState = { ...waiting, status: 'claimed', assignedTo: 'ada' };

const ada: Actor = { username: 'ada', mayTakeOver: false };
const bob: Actor = { username: 'bob', mayTakeOver: false };
const supervisor: Actor = { username: 'sup', mayTakeOver: true };

describe('initialStatus', () => {
  it('puts a reply to a conversation being handled in its thread', () => {
    expect(initialStatus(true, 'first-line')).toBe('in-thread');
  });
  it('queues work for a queue and waits for the forward otherwise', () => {
    expect(initialStatus(false, 'first-line')).toBe('queued');
    expect(initialStatus(false, null)).toBe('forward-pending');
  });
});

describe('isPendingRouting', () => {
  it('holds for the statuses whose enqueue or forward may still have to be carried out', () => {
    expect((['queued', 'claimed', 'forward-pending', 'forwarded', 'resolved', 'in-thread'] as const).filter(isPendingRouting)).toEqual([
      'queued',
      'forward-pending',
    ]);
  });
});

describe('reserveInquiry', () => {
  it('reserves an inquiry waiting unreserved in the queue for the adviser until the given time', () => {
    expect(reserveInquiry(waiting, 'ada', 'first-line', later)).toEqual({
      set: { reservedBy: 'ada', reservedUntil: later },
      history: { event: 'reserved', actor: 'ada', details: { queue: 'first-line', reservedUntil: later.toISOString() } },
    });
  });
  it.each<[string, InquiryState, string]>([
    ['already reserved', reservedForAda, 'first-line'],
    ['claimed', heldByAda, 'first-line'],
    ['in another queue', waiting, 'second-line'],
  ])('refuses one %s', (_, state, queue) => {
    expect(reserveInquiry(state, 'bob', queue, later)).toMatchObject({ refused: 'conflict' });
  });
});

describe('reservable', () => {
  it('holds for an inquiry waiting unreserved in that queue only', () => {
    expect(satisfies(waiting, reservable('first-line'))).toBe(true);
    expect(satisfies(waiting, reservable('second-line'))).toBe(false);
    expect(satisfies(reservedForAda, reservable('first-line'))).toBe(false);
    expect(satisfies(heldByAda, reservable('first-line'))).toBe(false);
  });
  it('is what reserveInquiry applies, with the same change', () => {
    expect(reserveInquiry(waiting, 'ada', 'first-line', later)).toEqual(reservation('ada', 'first-line', later));
  });
});

describe('acceptInquiry', () => {
  it('gives the reserved inquiry to its adviser, ending the reservation', () => {
    expect(acceptInquiry(reservedForAda, 'ada', now)).toEqual({
      set: { status: 'claimed', assignedTo: 'ada', assignedAt: now, reservedBy: null, reservedUntil: null },
      history: { event: 'accepted', actor: 'ada', details: { queue: 'first-line' } },
    });
  });
  it('refuses a second accept by the same adviser', () => {
    expect(acceptInquiry(heldByAda, 'ada', now)).toEqual({ refused: 'conflict', reason: 'you have already accepted i-1' });
  });
  it('refuses an inquiry reserved for someone else, or for nobody', () => {
    expect(acceptInquiry(reservedForAda, 'bob', now)).toEqual({ refused: 'conflict', reason: 'i-1 is not reserved for you' });
    expect(acceptInquiry(waiting, 'ada', now)).toEqual({ refused: 'conflict', reason: 'i-1 is not reserved for you' });
    expect(acceptInquiry(heldByAda, 'bob', now)).toEqual({ refused: 'conflict', reason: 'i-1 is not reserved for you' });
  });
  it('refuses once the reservation lapsed (at its time exactly, too)', () => {
    expect(acceptInquiry({ ...reservedForAda, reservedUntil: earlier }, 'ada', now)).toEqual({
      refused: 'conflict',
      reason: `your reservation of i-1 lapsed at ${earlier.toISOString()}`,
    });
    expect(acceptInquiry({ ...reservedForAda, reservedUntil: now }, 'ada', now)).toMatchObject({ refused: 'conflict' });
    expect(acceptInquiry({ ...reservedForAda, reservedUntil: null }, 'ada', now)).toMatchObject({ refused: 'conflict' });
  });
});

describe('holderRefusal', () => {
  it('lets the holder act, and someone who may take work over', () => {
    expect(holderRefusal(heldByAda, ada)).toBeNull();
    expect(holderRefusal(heldByAda, supervisor)).toBeNull();
  });
  it('forbids another adviser', () => {
    expect(holderRefusal(heldByAda, bob)).toEqual({ refused: 'forbidden', reason: 'i-1 is held by another adviser' });
  });
  it('asks the adviser to accept their reservation first', () => {
    expect(holderRefusal(reservedForAda, ada)).toEqual({ refused: 'conflict', reason: 'accept i-1 first' });
  });
  it.each(['queued', 'forward-pending', 'forwarded', 'resolved', 'in-thread'] as const)('refuses an inquiry that is %s', (status) => {
    expect(holderRefusal({ ...heldByAda, status }, supervisor)).toEqual({
      refused: 'conflict',
      reason: `i-1 is not in an adviser's hands (it is ${status})`,
    });
  });
});

/** Every action on a held inquiry refuses what the holder rule refuses. */
const heldActions: [string, (state: InquiryState, actor: Actor) => object][] = [
  ['answer', (s, a) => answerInquiry(s, a, 'm-1')],
  ['resolve', (s, a) => resolveInquiry(s, a, 'm-1')],
  ['escalate', (s, a) => escalateInquiry(s, a, 'needs access')],
  ['send to the service desk', (s, a) => sendInquiryToServicedesk(s, a, 'feil', 'broken')],
  ['put back', (s, a) => putBackInquiry(s, a)],
  ['forward', (s, a) => forwardInquiry(s, a, 'skd', 'tax')],
];

describe.each(heldActions)('%s', (_, act) => {
  it('refuses another adviser, a reservation not yet accepted, and an inquiry nobody holds', () => {
    expect(act(heldByAda, bob)).toMatchObject({ refused: 'forbidden' });
    expect(act(reservedForAda, ada)).toMatchObject({ refused: 'conflict', reason: 'accept i-1 first' });
    expect(act({ ...waiting, status: 'resolved' }, ada)).toMatchObject({ refused: 'conflict' });
  });
  it('is allowed to the holder and to a supervisor', () => {
    expect(isRefusal(act(heldByAda, ada))).toBe(false);
    expect(isRefusal(act(heldByAda, supervisor))).toBe(false);
  });
});

describe('actions on a held inquiry', () => {
  it('answer records the message only', () => {
    expect(answerInquiry(heldByAda, ada, 'm-1')).toEqual({
      set: {},
      history: { event: 'answered', actor: 'ada', details: { messageId: 'm-1' } },
    });
  });
  it('resolve closes it with the answer', () => {
    expect(resolveInquiry(heldByAda, supervisor, 'm-1')).toEqual({
      set: { status: 'resolved' },
      history: { event: 'resolved', actor: 'sup', details: { answered: true, messageId: 'm-1', queue: 'first-line' } },
    });
  });
  it('escalate sends it to wait in the second line', () => {
    expect(escalateInquiry(heldByAda, ada, 'needs access')).toEqual({
      set: { status: 'queued', queue: 'second-line', assignedTo: null, assignedAt: null },
      history: { event: 'escalated', actor: 'ada', details: { from: 'first-line', queue: 'second-line', note: 'needs access' } },
    });
  });
  it('escalate refuses one already in the second line', () => {
    expect(escalateInquiry({ ...heldByAda, queue: 'second-line' }, ada, 'x')).toEqual({
      refused: 'conflict',
      reason: 'i-1 is already in the second line',
    });
  });
  it('sending to the service desk queues it there with its case type', () => {
    expect(sendInquiryToServicedesk(heldByAda, ada, 'feil', 'broken')).toEqual({
      set: { status: 'queued', queue: 'servicedesk', assignedTo: null, assignedAt: null },
      history: {
        event: 'sent-to-servicedesk',
        actor: 'ada',
        details: { from: 'first-line', queue: 'servicedesk', caseType: 'feil', note: 'broken' },
      },
    });
  });
  it('sending to the service desk refuses one already there', () => {
    expect(sendInquiryToServicedesk({ ...heldByAda, queue: 'servicedesk' }, ada, 'feil', 'x')).toEqual({
      refused: 'conflict',
      reason: 'i-1 is already with the service desk',
    });
  });
  it('put back returns it to its queue, with the note when there is one', () => {
    expect(putBackInquiry(heldByAda, supervisor, 'lunch')).toEqual({
      set: { status: 'queued', assignedTo: null, assignedAt: null },
      history: { event: 'put-back', actor: 'sup', details: { queue: 'first-line', heldBy: 'ada', note: 'lunch' } },
    });
    expect(putBackInquiry(heldByAda, ada)).toMatchObject({ history: { details: { queue: 'first-line', heldBy: 'ada' } } });
    expect((putBackInquiry(heldByAda, ada) as { history: { details: object } }).history.details).not.toHaveProperty('note');
  });
  it('put back refuses one without a queue', () => {
    expect(putBackInquiry({ ...heldByAda, queue: null }, ada)).toEqual({ refused: 'conflict', reason: 'i-1 has no queue to go back to' });
  });
  it("forward makes it the agency's and takes it out of the queues", () => {
    expect(forwardInquiry(heldByAda, ada, 'skd', 'tax')).toEqual({
      set: { status: 'forwarded', agency: 'skd', queue: null, assignedTo: null, assignedAt: null },
      history: { event: 'forwarded', actor: 'ada', details: { agency: 'skd', note: 'tax', from: 'first-line' } },
    });
  });
});

describe('completeForward', () => {
  it('marks an inquiry waiting for its forward as forwarded, by the system', () => {
    expect(completeForward({ ...waiting, status: 'forward-pending', queue: null, agency: 'nav' })).toEqual({
      set: { status: 'forwarded' },
      history: { event: 'forwarded', actor: null, details: { agency: 'nav' } },
    });
  });
  it.each(['queued', 'claimed', 'forwarded', 'resolved', 'in-thread'] as const)('refuses one that is %s', (status) => {
    expect(completeForward({ ...waiting, status })).toMatchObject({ refused: 'conflict' });
  });
});

describe('overflowInquiry', () => {
  const rule = { queue: 'first-line', to: 'second-line', waitLimitMinutes: 30 };
  it("overflows a waiting inquiry once and moves it to the rule's queue", () => {
    expect(overflowInquiry(waiting, rule, now, 'workdesk')).toEqual({
      set: { overflowedAt: now, queue: 'second-line' },
      history: {
        event: 'overflowed',
        actor: 'workdesk',
        details: { from: 'first-line', queue: 'second-line', waitLimitMinutes: 30, moved: true },
      },
    });
  });
  it('keeps it in its queue when the rule names no other', () => {
    expect(overflowInquiry(waiting, { ...rule, to: 'first-line' }, now, 'workdesk')).toMatchObject({
      set: { queue: 'first-line' },
      history: { details: { moved: false } },
    });
  });
  it.each<[string, InquiryState]>([
    ['reserved', reservedForAda],
    ['claimed', heldByAda],
    ['overflowed before', { ...waiting, overflowedAt: earlier }],
    ['in another queue', { ...waiting, queue: 'servicedesk' }],
  ])('refuses one %s', (_, state) => {
    expect(overflowInquiry(state, rule, now, 'workdesk')).toEqual({ refused: 'conflict', reason: 'no longer waiting here' });
  });
});

describe('releaseReservation', () => {
  it("gives the adviser's reservation back", () => {
    expect(releaseReservation(reservedForAda, 'ada', 'heartbeat missed', 'workdesk')).toEqual({
      set: { reservedBy: null, reservedUntil: null },
      history: { event: 'released', actor: 'workdesk', details: { adviser: 'ada', reason: 'heartbeat missed', queue: 'first-line' } },
    });
  });
  it('refuses one reserved for someone else, unreserved, or accepted', () => {
    expect(releaseReservation(reservedForAda, 'bob', 'x', 'workdesk')).toEqual({
      refused: 'conflict',
      reason: 'no longer reserved by them',
    });
    expect(releaseReservation(waiting, 'ada', 'x', 'workdesk')).toMatchObject({ refused: 'conflict' });
    expect(releaseReservation(heldByAda, 'ada', 'x', 'workdesk')).toMatchObject({ refused: 'conflict' });
  });
});

describe('lapseReservation', () => {
  const reservation = { adviser: 'ada', queue: 'first-line' };
  it('lapses the same reservation once past its time', () => {
    expect(lapseReservation({ ...reservedForAda, reservedUntil: earlier }, reservation, now, 'workdesk')).toEqual({
      lapse: {
        set: { reservedBy: null, reservedUntil: null },
        history: {
          event: 'reservation-lapsed',
          actor: 'workdesk',
          details: { adviser: 'ada', queue: 'first-line', reservedUntil: earlier.toISOString() },
        },
      },
    });
  });
  it('keeps a reservation not yet due until its time', () => {
    expect(lapseReservation(reservedForAda, reservation, now, 'workdesk')).toEqual({ keepUntil: later });
  });
  it('puts back an inquiry already released but still waiting in that queue', () => {
    expect(lapseReservation(waiting, reservation, now, 'workdesk')).toEqual({ gone: 'requeue' });
  });
  it('drops a reservation whose inquiry was accepted, moved or reserved by someone else', () => {
    expect(lapseReservation(heldByAda, reservation, now, 'workdesk')).toEqual({ gone: 'drop' });
    expect(lapseReservation({ ...waiting, queue: 'second-line' }, reservation, now, 'workdesk')).toEqual({ gone: 'drop' });
    expect(lapseReservation({ ...reservedForAda, reservedBy: 'bob' }, reservation, now, 'workdesk')).toEqual({ gone: 'drop' });
  });
});

describe('resolveByAgency', () => {
  const forwarded: InquiryState = { ...waiting, status: 'forwarded', queue: null, agency: 'skd' };
  it('resolves an inquiry forwarded to the agency', () => {
    expect(resolveByAgency(forwarded, 'skd', 'skd-user', 'm-9')).toEqual({
      set: { status: 'resolved' },
      history: { event: 'resolved', actor: 'skd-user', details: { answered: true, messageId: 'm-9', by: 'agency', agency: 'skd' } },
    });
  });
  it('refuses a second answer as a conflict', () => {
    expect(resolveByAgency({ ...forwarded, status: 'resolved' }, 'skd', 'skd-user', 'm-9')).toMatchObject({ refused: 'conflict' });
  });
  it('does not find one forwarded to another agency, or not forwarded', () => {
    expect(resolveByAgency(forwarded, 'nav', 'nav-user', 'm-9')).toMatchObject({ refused: 'not-found' });
    expect(resolveByAgency({ ...forwarded, status: 'forward-pending' }, 'skd', 'skd-user', 'm-9')).toMatchObject({ refused: 'not-found' });
  });
});

describe('acknowledgeByAgency', () => {
  const forwarded: InquiryState = { ...waiting, status: 'forwarded', queue: null, agency: 'skd' };
  it('records that the agency took an inquiry forwarded to it', () => {
    expect(acknowledgeByAgency(forwarded, 'skd', 'skd-user')).toEqual({
      set: {},
      history: { event: 'agency-acknowledged', actor: 'skd-user', details: { agency: 'skd' } },
    });
  });
  it('does not find one forwarded to another agency, or no longer open', () => {
    expect(acknowledgeByAgency(forwarded, 'nav', 'nav-user')).toMatchObject({ refused: 'not-found' });
    expect(acknowledgeByAgency({ ...forwarded, status: 'resolved' }, 'skd', 'skd-user')).toMatchObject({ refused: 'not-found' });
  });
});

describe("a trainee's escalation to their mentor", () => {
  const toMona = { mentor: 'mona', category: 'login', note: 'not sure about the access rights', now };
  it('hands the inquiry to the mentor, recording trainee, mentor and category', () => {
    expect(escalateToMentor(heldByAda, ada, toMona)).toEqual({
      set: { assignedTo: 'mona', assignedAt: now },
      history: {
        event: 'escalated-to-mentor',
        actor: 'ada',
        details: { trainee: 'ada', mentor: 'mona', category: 'login', queue: waiting.queue, note: 'not sure about the access rights' },
      },
    });
  });
  it('refuses anyone but the holder, and a handover to the holder', () => {
    expect(escalateToMentor(heldByAda, bob, toMona)).toMatchObject({ refused: 'forbidden' });
    expect(escalateToMentor(heldByAda, ada, { ...toMona, mentor: 'ada' })).toMatchObject({ refused: 'conflict' });
  });
});

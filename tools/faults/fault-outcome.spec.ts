import { countOutcome, InquiryRow, lostStates, passed, QueuePlace, summarize } from './fault-outcome';

const queued = (contact: string, inquiryId = `id-${contact}`): InquiryRow => ({
  contact,
  inquiryId,
  status: 'queued',
  queue: 'first-line',
  delivered: false,
});
const inQueue = (inquiryId: string, place = 'faults:queue:first-line:email:nb'): QueuePlace => ({ inquiryId, place });

describe('counting a fault', () => {
  it('records an accepted contact queued in Postgres and present in its Redis queue', () => {
    const outcome = countOutcome('f', ['a', 'b'], [queued('a'), queued('b')], [inQueue('id-a'), inQueue('id-b')], 1.23);
    expect(outcome).toEqual({
      fault: 'f',
      accepted: 2,
      recorded: 2,
      lost: 0,
      duplicatedRows: 0,
      duplicatedQueueEntries: 0,
      recoverSeconds: 1.2,
    });
    expect(passed(outcome)).toBe(true);
  });

  it('counts as lost an accepted contact with no row, or queued in Postgres but missing from the live queues', () => {
    const outcome = countOutcome('f', ['a', 'b', 'c'], [queued('a'), queued('b')], [inQueue('id-a')], 0);
    expect(outcome).toMatchObject({ accepted: 3, recorded: 1, lost: 2 });
    expect(passed(outcome)).toBe(false);
  });

  it('takes a forwarded inquiry as recorded only once its agency delivery is done', () => {
    const forwarded = (contact: string, delivered: boolean): InquiryRow => ({
      contact,
      inquiryId: `id-${contact}`,
      status: 'forwarded',
      queue: null,
      delivered,
    });
    expect(countOutcome('f', ['a', 'b'], [forwarded('a', true), forwarded('b', false)], [], 0)).toMatchObject({ recorded: 1, lost: 1 });
  });

  it('does not count a status past routing (claimed, resolved) as the final state the harness waits for', () => {
    const claimed: InquiryRow = { ...queued('a'), status: 'claimed' };
    expect(countOutcome('f', ['a'], [claimed], [inQueue('id-a')], 0)).toMatchObject({ recorded: 0, lost: 1 });
  });

  it('counts rows beyond the first for one contact, accepted or not, and counts the contact once', () => {
    const rows = [queued('a', 'x1'), queued('a', 'x2'), queued('a', 'x3'), queued('z', 'z1'), queued('z', 'z2')];
    const places = ['x1', 'x2', 'x3', 'z1', 'z2'].map((id) => inQueue(id));
    expect(countOutcome('f', ['a', 'a'], rows, places, 0)).toMatchObject({ accepted: 1, recorded: 1, duplicatedRows: 3 });
  });

  it('counts an inquiry of the run in two queue sets, or queued and reserved, as duplicated queue entries', () => {
    const places = [
      inQueue('id-a'),
      inQueue('id-a', 'faults:queue:second-line:email:nb'),
      inQueue('id-b'),
      inQueue('id-b', 'reservations'),
      inQueue('id-c'),
      // another run's inquiry twice is that run's business
      inQueue('other'),
      inQueue('other', 'faults:queue:servicedesk:email:nb'),
    ];
    const outcome = countOutcome('f', ['a', 'b', 'c'], [queued('a'), queued('b'), queued('c')], places, 0);
    expect(outcome).toMatchObject({ recorded: 3, lost: 0, duplicatedQueueEntries: 2 });
    expect(passed(outcome)).toBe(false);
  });
});

describe('the summary line', () => {
  it('sums every field and counts the faults', () => {
    const line = (fault: string, n: number) => ({
      fault,
      accepted: n,
      recorded: n - 1,
      lost: 1,
      duplicatedRows: 2,
      duplicatedQueueEntries: 0,
      recoverSeconds: 1.25,
    });
    expect(summarize([line('a', 10), line('b', 20)])).toEqual({
      faults: 2,
      accepted: 30,
      recorded: 28,
      lost: 2,
      duplicatedRows: 4,
      duplicatedQueueEntries: 0,
      recoverSeconds: 2.5,
    });
  });
});

describe('what a lost contact is in', () => {
  it('names each accepted contact not recorded by the state of its row, or its lack of one', () => {
    const row = (contact: string, status: string, extra: Partial<InquiryRow> = {}): InquiryRow => ({
      contact,
      inquiryId: `id-${contact}`,
      status,
      queue: null,
      delivered: false,
      ...extra,
    });
    const states = lostStates(
      ['ok', 'none', 'gone', 'pending', 'undelivered', 'thread'],
      [
        row('ok', 'queued', { queue: 'first-line' }),
        row('gone', 'queued', { queue: 'second-line' }),
        row('pending', 'forward-pending'),
        row('undelivered', 'forwarded'),
        row('thread', 'in-thread'),
      ],
      [{ inquiryId: 'id-ok', place: 'faults:queue:first-line:email:nb' }],
    );
    expect(Object.fromEntries(states)).toEqual({
      'no inquiry row': ['none'],
      'queued in second-line, not in its live queue': ['gone'],
      'forward-pending': ['pending'],
      'forwarded, its delivery not done': ['undelivered'],
      'in-thread': ['thread'],
    });
  });
});

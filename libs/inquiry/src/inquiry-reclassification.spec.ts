import { reclassifyInquiry, RouteChange, staleReclassification } from './inquiry-reclassification';
import type { InquiryState } from './inquiry-state';
import { waiting } from './testing/inquiry-states';

describe('staleReclassification', () => {
  it('applies to an inquiry still where the person saw it, claimed or not', () => {
    expect(staleReclassification({ status: 'queued', target: 'first-line' }, 'first-line')).toBeNull();
    expect(staleReclassification({ status: 'claimed', target: 'first-line' }, 'first-line')).toBeNull();
    expect(staleReclassification({ status: 'forwarded', target: 'agency:skd' }, 'agency:skd')).toBeNull();
  });

  it('is stale once the inquiry was resolved, joined a conversation or was re-routed by someone else', () => {
    expect(staleReclassification({ status: 'resolved', target: 'first-line' }, 'first-line')).toMatch(/resolved/);
    expect(staleReclassification({ status: 'in-thread', target: 'first-line' }, 'first-line')).toMatch(/conversation/);
    expect(staleReclassification({ status: 'queued', target: 'servicedesk' }, 'first-line')).toMatch(/re-routed in the meantime/);
  });
});

describe('reclassifyInquiry', () => {
  const reservedForBob: InquiryState = { ...waiting, reservedBy: 'bob', reservedUntil: new Date() };
  const toSecondLine: RouteChange = {
    target: 'second-line',
    previousTarget: 'first-line',
    source: 'adviser',
    actor: 'ada',
    reason: 'wrong line',
    reclassifiedAt: '2026-03-02T11:00:00.000Z',
    queue: 'second-line',
    agency: null,
  };
  const released = { assignedTo: null, assignedAt: null, reservedBy: null, reservedUntil: null };

  it('moves a waiting inquiry to its new queue, out of the one it waited in, ending any reservation', () => {
    expect(reclassifyInquiry(reservedForBob, 'first-line', toSecondLine)).toEqual({
      leftQueue: 'first-line',
      change: {
        set: { status: 'queued', queue: 'second-line', agency: null, ...released },
        history: {
          event: 'reclassified',
          actor: 'ada',
          details: {
            source: 'adviser',
            reason: 'wrong line',
            from: 'first-line',
            to: 'second-line',
            fromQueue: 'first-line',
            releasedFrom: null,
            reclassifiedAt: toSecondLine.reclassifiedAt,
          },
        },
      },
    });
  });

  it('releases a claimed inquiry from its holder; it left no live queue', () => {
    const outcome = reclassifyInquiry(
      { ...reservedForBob, status: 'claimed', reservedBy: null, assignedTo: 'bob' },
      'first-line',
      toSecondLine,
    );
    expect(outcome).toMatchObject({
      leftQueue: null,
      change: { set: released, history: { details: { releasedFrom: 'bob', fromQueue: null } } },
    });
  });

  it('sends one re-routed to an agency to wait for its forward', () => {
    const outcome = reclassifyInquiry(reservedForBob, 'first-line', { ...toSecondLine, target: 'agency:skd', queue: null, agency: 'skd' });
    expect(outcome).toMatchObject({ change: { set: { status: 'forward-pending', queue: null, agency: 'skd' } } });
  });

  it('skips a change overtaken by newer work, saying why', () => {
    expect(reclassifyInquiry({ ...reservedForBob, status: 'resolved' }, 'first-line', toSecondLine)).toEqual({
      skipped: {
        event: 'reclassification-skipped',
        actor: 'ada',
        details: {
          source: 'adviser',
          to: 'second-line',
          why: 'the inquiry was resolved in the meantime',
          reclassifiedAt: toSecondLine.reclassifiedAt,
        },
      },
    });
    expect(reclassifyInquiry(reservedForBob, 'servicedesk', toSecondLine)).toMatchObject({
      skipped: { details: { why: expect.stringMatching(/re-routed in the meantime/) as unknown } },
    });
  });

  it('skips a change routing cannot carry out, saying why; a change overtaken as well says that first', () => {
    const cannotRoute = 'target "agency:xyz" names no agency with an agreement';
    const toNoAgreement = { ...toSecondLine, target: 'agency:xyz', queue: null, agency: null, cannotRoute };
    expect(reclassifyInquiry(reservedForBob, 'first-line', toNoAgreement)).toMatchObject({
      skipped: { event: 'reclassification-skipped', details: { to: 'agency:xyz', why: cannotRoute } },
    });
    expect(reclassifyInquiry({ ...reservedForBob, status: 'resolved' }, 'first-line', toNoAgreement)).toMatchObject({
      skipped: { details: { why: 'the inquiry was resolved in the meantime' } },
    });
  });
});

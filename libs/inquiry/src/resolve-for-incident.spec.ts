import { isRefusal, resolveForIncident } from './inquiry-lifecycle';
import type { InquiryState } from './inquiry-state';
import { waiting } from './testing/inquiry-states';

describe('resolveForIncident', () => {
  const later = new Date('2026-03-02T10:05:00Z');

  it('resolves a waiting, reserved, held or joined inquiry, ending any reservation, with the incident in its history', () => {
    const states: InquiryState[] = [
      waiting,
      { ...waiting, reservedBy: 'ada', reservedUntil: later },
      { ...waiting, status: 'claimed', assignedTo: 'ada' },
      { ...waiting, status: 'in-thread', queue: null },
    ];
    for (const state of states) {
      expect(resolveForIncident(state, 'sup', 'DRIFT-00001', 'm-1')).toEqual({
        set: { status: 'resolved', reservedBy: null, reservedUntil: null },
        history: {
          event: 'resolved',
          actor: 'sup',
          details: { answered: true, messageId: 'm-1', queue: state.queue, by: 'incident', noticeId: 'DRIFT-00001' },
        },
      });
    }
  });

  it('leaves one already resolved or with an agency as it is', () => {
    for (const status of ['resolved', 'forwarded', 'forward-pending'] as const) {
      const decided = resolveForIncident({ ...waiting, status }, 'sup', 'DRIFT-00001', 'm-1');
      expect(isRefusal(decided) && decided.refused).toBe('conflict');
    }
  });
});

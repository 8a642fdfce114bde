import { checkStatusChange, inForce, InvalidNoticeChange, nextStatuses, textIn, upcoming } from './notice';
import { aNotice } from './testing/notice-fixtures';

const notice = aNotice;

describe('a notice’s lifecycle', () => {
  it('lets an incident move on, skip steps and fall back, but takes nothing after it is resolved', () => {
    expect(() => checkStatusChange(notice(), 'resolved')).not.toThrow();
    expect(() => checkStatusChange(notice({ status: 'monitoring' }), 'identified')).not.toThrow();
    expect(() => checkStatusChange(notice({ status: 'resolved' }), 'monitoring')).toThrow(/ended notice takes no updates/);
    expect(() => checkStatusChange(notice(), 'completed')).toThrow(InvalidNoticeChange);
  });

  it('lets maintenance be cancelled only before it starts', () => {
    const maintenance = notice({ kind: 'maintenance', status: 'scheduled' });
    expect(nextStatuses('maintenance', 'scheduled')).toContain('cancelled');
    expect(() => checkStatusChange({ ...maintenance, status: 'in-progress' }, 'cancelled')).toThrow(
      /cannot go from in-progress to cancelled/,
    );
    expect(() => checkStatusChange(maintenance, 'investigating')).toThrow(/not a status of maintenance/);
  });

  it('is in force from its start until it ends, and upcoming before', () => {
    const n = notice();
    expect(inForce(n, new Date('2026-12-07T07:59:00Z'))).toBe(false);
    expect(upcoming(n, new Date('2026-12-07T07:59:00Z'))).toBe(true);
    expect(inForce(n, new Date('2026-12-07T08:00:00Z'))).toBe(true);
    expect(inForce({ ...n, status: 'resolved', endedAt: new Date('2026-12-07T09:00:00Z') }, new Date('2026-12-07T08:30:00Z'))).toBe(false);
  });

  it('reads its text in the reader’s language, bokmål where that was not written', () => {
    expect(textIn(notice().title, 'en')).toBe('Login fails');
    expect(textIn(notice().title, 'nn')).toBe('Innlogging feiler');
  });
});

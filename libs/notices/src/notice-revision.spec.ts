import { InvalidNoticeChange, type Notice } from './notice';
import { reviseNotice } from './notice-revision';
import { aNotice } from './testing/notice-fixtures';

const notice = (over: Partial<Notice> = {}): Notice =>
  aNotice({ keywords: ['bankid'], expectedEndAt: new Date('2026-12-07T12:00:00Z'), ...over });
const at = new Date('2026-12-07T09:30:00Z');

describe('revising a notice', () => {
  it('takes the new status and names only the fields that really changed', () => {
    const { notice: next, changed } = reviseNotice(
      notice(),
      {
        status: 'identified',
        severity: 'major',
        title: { en: 'Login fails', nb: 'Innlogging feiler' },
        expectedEndAt: new Date('2026-12-07T14:00:00Z'),
        components: ['login', 'inbox'],
        keywords: ['bankid'],
      },
      at,
    );
    expect(next).toMatchObject({ status: 'identified', components: ['login', 'inbox'], endedAt: null });
    expect(next.expectedEndAt).toEqual(new Date('2026-12-07T14:00:00Z'));
    expect(changed).toEqual(['expectedEndAt', 'components']);
  });

  it('ends the notice at the time of an ending status', () => {
    const { notice: next, changed } = reviseNotice(notice({ status: 'monitoring' }), { status: 'resolved' }, at);
    expect(next.endedAt).toEqual(at);
    expect(changed).toEqual([]);
  });

  it('can clear the expected end', () => {
    expect(reviseNotice(notice(), { status: 'investigating', expectedEndAt: null }, at).changed).toEqual(['expectedEndAt']);
  });

  it('refuses what the lifecycle does not allow', () => {
    expect(() => reviseNotice(notice({ status: 'resolved', endedAt: at }), { status: 'monitoring' }, at)).toThrow(InvalidNoticeChange);
    expect(() => reviseNotice(notice(), { status: 'completed' }, at)).toThrow(/not a status of an incident/);
  });
});

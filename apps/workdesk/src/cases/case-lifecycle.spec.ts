import { statusAfterReply, transitionRefusal } from './case-lifecycle';

describe('case lifecycle', () => {
  it('allows the path registered → in progress → waiting → in progress → resolved → closed', () => {
    const path = [
      'registered',
      'in-progress',
      'waiting-supplier',
      'in-progress',
      'waiting-reporter',
      'in-progress',
      'resolved',
      'closed',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(transitionRefusal(path[i - 1], path[i])).toBeNull();
  });

  it('refuses skipping ahead, standing still and leaving closed, with the reason', () => {
    expect(transitionRefusal('registered', 'resolved')).toBe('a registered case can go to in-progress, not resolved');
    expect(transitionRefusal('in-progress', 'in-progress')).toBe('the case is in-progress already');
    expect(transitionRefusal('closed', 'in-progress')).toBe('a closed case cannot change status');
    expect(transitionRefusal('waiting-reporter', 'closed')).toMatch(/not closed/);
  });

  it('reopens a resolved case on a reply and resumes one waiting on the reporter, nothing else', () => {
    expect(statusAfterReply('resolved')).toBe('in-progress');
    expect(statusAfterReply('waiting-reporter')).toBe('in-progress');
    expect(statusAfterReply('waiting-supplier')).toBeNull();
    expect(statusAfterReply('in-progress')).toBeNull();
    expect(statusAfterReply('closed')).toBeNull();
  });
});

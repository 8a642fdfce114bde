import { replyJoinsThread } from './thread-disposition';

describe('replyJoinsThread', () => {
  it.each(['queued', 'claimed', 'forward-pending', 'forwarded', 'in-thread'] as const)('joins a conversation that is %s', (status) => {
    expect(replyJoinsThread(status)).toBe(true);
  });

  it('routes a reply to a resolved conversation as new work', () => {
    expect(replyJoinsThread('resolved')).toBe(false);
  });

  it('routes a reply to an unknown conversation as new work', () => {
    expect(replyJoinsThread(null)).toBe(false);
  });
});

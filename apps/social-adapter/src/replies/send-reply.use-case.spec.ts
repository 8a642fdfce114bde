import { SocialAdapterEnv } from '../social-adapter.env';
import { MetaReplySender } from './meta-reply-sender';
import { SendReply } from './send-reply.use-case';
import { XReplySender } from './x-reply-sender';

describe('SendReply.canSend', () => {
  const replies = (tokens: Partial<Pick<SocialAdapterEnv, 'META_PAGE_ACCESS_TOKEN' | 'X_BEARER_TOKEN'>>) => {
    const env = Object.assign(new SocialAdapterEnv(), tokens);
    return new SendReply([new MetaReplySender(env), new XReplySender(env)]);
  };

  it('says a network can be answered only when its send API has its token', () => {
    const metaOnly = replies({ META_PAGE_ACCESS_TOKEN: 'page-token' });
    expect(['facebook', 'instagram', 'x'].map((n) => metaOnly.canSend(n as 'facebook'))).toEqual([true, true, false]);
    const xOnly = replies({ X_BEARER_TOKEN: 'x-token' });
    expect(['facebook', 'instagram', 'x'].map((n) => xOnly.canSend(n as 'facebook'))).toEqual([false, false, true]);
    expect(replies({}).canSend('facebook')).toBe(false);
  });
});

import { confirmationToken, SubscriptionTokenPattern, tokenHash, unsubscribeToken } from './subscription-tokens';

describe('subscription tokens', () => {
  const id = '6f1c2a5e-0000-4000-8000-000000000001';

  it('derives the same unsubscribe token for a subscription from the same secret, another for another secret or subscription', () => {
    const token = unsubscribeToken('secret-a', id);
    expect(unsubscribeToken('secret-a', id)).toBe(token);
    expect(unsubscribeToken('secret-b', id)).not.toBe(token);
    expect(unsubscribeToken('secret-a', id.replace(/1$/, '2'))).not.toBe(token);
    expect(token).toMatch(SubscriptionTokenPattern);
  });

  it('makes a fresh confirmation token each time, of the same shape', () => {
    const a = confirmationToken();
    expect(a).toMatch(SubscriptionTokenPattern);
    expect(confirmationToken()).not.toBe(a);
  });

  it('stores only a hash, which does not contain the token', () => {
    const token = confirmationToken();
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).toBe(tokenHash(token));
    expect(tokenHash(token)).not.toContain(token);
  });
});

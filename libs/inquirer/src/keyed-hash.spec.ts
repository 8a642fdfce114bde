import { hashIdentityKey } from './keyed-hash';

describe('keyed hash of an identity key', () => {
  const secret = 'a-test-secret-of-some-length';

  it('is the same for the same key and differs by kind, value and secret', () => {
    const a = hashIdentityKey(secret, { kind: 'email', value: 'kari@example.no' });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdentityKey(secret, { kind: 'email', value: 'kari@example.no' })).toEqual(a);
    expect(hashIdentityKey(secret, { kind: 'email', value: 'kari@example.com' }).hash).not.toBe(a.hash);
    expect(hashIdentityKey(secret, { kind: 'social', value: 'kari@example.no' }).hash).not.toBe(a.hash);
    expect(hashIdentityKey(`${secret}!`, { kind: 'email', value: 'kari@example.no' }).hash).not.toBe(a.hash);
  });

  it('holds nothing of the key in clear', () => {
    expect(hashIdentityKey(secret, { kind: 'national-id', value: '01019010046' }).hash).not.toContain('0101901');
  });

  it('refuses a short secret', () => {
    expect(() => hashIdentityKey('short', { kind: 'email', value: 'kari@example.no' })).toThrow(/at least 16/);
  });
});

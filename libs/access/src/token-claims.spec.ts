import { InvalidAccessToken, UnacceptedClaims } from './access-token-errors';
import { claimAt, userFromClaims } from './token-claims';

describe('userFromClaims', () => {
  it('maps the default claims of an adviser, leaving out any agency', () => {
    expect(userFromClaims({ sub: 'u-1', preferred_username: 'kari', role: 'adviser', agency: 'skd' })).toEqual({
      username: 'kari',
      roles: ['adviser'],
      agency: null,
    });
  });

  it('takes sub as the username when the username claim is missing or blank', () => {
    expect(userFromClaims({ sub: 'u-1', role: 'supervisor' }).username).toBe('u-1');
    expect(userFromClaims({ sub: 'u-1', preferred_username: ' ', role: 'supervisor' }).username).toBe('u-1');
  });

  it('refuses a token that names no user', () => {
    expect(() => userFromClaims({ role: 'admin' })).toThrow(InvalidAccessToken);
  });

  it('binds the agency role to the agency it names', () => {
    expect(userFromClaims({ sub: 'x', preferred_username: 'skd-user', role: 'agency', agency: 'skd' })).toEqual({
      username: 'skd-user',
      roles: ['agency'],
      agency: 'skd',
    });
  });

  it('refuses an agency token without a valid agency code (403, not a caller of no agency)', () => {
    expect(() => userFromClaims({ sub: 'x', role: 'agency' })).toThrow(UnacceptedClaims);
    expect(() => userFromClaims({ sub: 'x', role: 'agency', agency: '' })).toThrow(/agency code/);
    expect(() => userFromClaims({ sub: 'x', role: 'agency', agency: 'SKD; drop' })).toThrow(UnacceptedClaims);
  });

  it('refuses a role that is not one of ours, or none', () => {
    expect(() => userFromClaims({ sub: 'x', role: 'superuser' })).toThrow(UnacceptedClaims);
    expect(() => userFromClaims({ sub: 'x' })).toThrow(/no role of this service/);
    expect(() => userFromClaims({ sub: 'x', role: 7 })).toThrow(UnacceptedClaims);
  });

  it('picks our roles from a list that holds other applications’ roles, once each', () => {
    expect(userFromClaims({ sub: 'x', role: ['offline_access', 'supervisor'] }).roles).toEqual(['supervisor']);
    expect(userFromClaims({ sub: 'x', role: ['supervisor', 'uma_authorization', 'operator', 'supervisor'] }).roles).toEqual([
      'supervisor',
      'operator',
    ]);
    expect(userFromClaims({ sub: 'x', role: ['operator'] })).toEqual({ username: 'x', roles: ['operator'], agency: null });
    expect(() => userFromClaims({ sub: 'x', role: ['offline_access'] })).toThrow(/no role of this service/);
    expect(() => userFromClaims({ sub: 'x', role: [] })).toThrow(UnacceptedClaims);
  });

  it('refuses the agency role together with another role of ours, but not with other applications’ roles', () => {
    expect(() => userFromClaims({ sub: 'x', role: ['agency', 'adviser'], agency: 'skd' })).toThrow(UnacceptedClaims);
    expect(() => userFromClaims({ sub: 'x', role: ['operator', 'agency'], agency: 'skd' })).toThrow(
      /agency role together with operator; an agency user holds no other role/,
    );
    expect(userFromClaims({ sub: 'x', role: ['agency', 'offline_access'], agency: 'skd' }).roles).toEqual(['agency']);
    expect(() => userFromClaims({ sub: 'x', role: ['agency', 'agency'] })).toThrow(/agency code/);
  });

  it('reads configured claim names, including dotted paths and names that contain dots', () => {
    const names = { username: 'upn', role: 'realm_access.roles', agency: 'https://portal.example/agency' };
    const payload = {
      sub: 'x',
      upn: 'ola@nav.example',
      realm_access: { roles: ['default-roles', 'agency'] },
      'https://portal.example/agency': 'nav',
    };
    expect(userFromClaims(payload, names)).toEqual({ username: 'ola@nav.example', roles: ['agency'], agency: 'nav' });
  });
});

describe('claimAt', () => {
  it('stops at values that are not objects', () => {
    expect(claimAt({ a: 'text' }, 'a.b')).toBeUndefined();
    expect(claimAt({ a: [1] }, 'a.0')).toBeUndefined();
    expect(claimAt({ a: { b: null } }, 'a.b.c')).toBeUndefined();
  });
});

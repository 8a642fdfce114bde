import { ConfigError, loadConfig } from '@inquiry-router/runtime';
import { AccessEnv, developmentIssuer } from './access.env';

describe('AccessEnv', () => {
  it('points at the development issuer outside production when OIDC_ISSUER is unset', () => {
    const env = loadConfig(AccessEnv, {});
    expect(env.oidcVerifierOptions).toMatchObject({
      issuer: developmentIssuer,
      audience: undefined,
      claims: { username: 'preferred_username', role: 'role', agency: 'agency' },
      jwksCooldownMs: 30_000,
    });
  });

  it('requires an https OIDC_ISSUER in production', () => {
    expect(() => loadConfig(AccessEnv, { NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER.*https/);
    expect(() => loadConfig(AccessEnv, { NODE_ENV: 'production', OIDC_ISSUER: 'http://idp.example/realms/portal' })).toThrow(ConfigError);
    const env = loadConfig(AccessEnv, {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://idp.example/realms/portal',
      OIDC_AUDIENCE: 'inquiry-router',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_JWKS_COOLDOWN_SECONDS: '60',
    });
    expect(env.oidcVerifierOptions).toMatchObject({
      issuer: 'https://idp.example/realms/portal',
      audience: 'inquiry-router',
      claims: { role: 'realm_access.roles' },
      jwksCooldownMs: 60_000,
    });
  });

  it('refuses an issuer with a query, a JWKS URI that is not a URL, and claim names with spaces', () => {
    expect(() => loadConfig(AccessEnv, { OIDC_ISSUER: 'https://idp.example/?x=1' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig(AccessEnv, { OIDC_JWKS_URI: 'keys.json' })).toThrow(/OIDC_JWKS_URI/);
    expect(() => loadConfig(AccessEnv, { OIDC_ROLE_CLAIM: 'my roles' })).toThrow(/OIDC_ROLE_CLAIM/);
  });
});

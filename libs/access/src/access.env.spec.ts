import { ConfigError, loadConfig } from '@inquiry-router/runtime';
import { AccessEnv, developmentIssuer } from './access.env';

describe('AccessEnv', () => {
  it('points at the development issuer outside production when OIDC_ISSUER is unset', () => {
    const env = loadConfig(AccessEnv, { NODE_ENV: 'development' });
    expect(env.oidcVerifierOptions).toMatchObject({
      issuer: developmentIssuer,
      audience: undefined,
      claims: { username: 'preferred_username', role: 'role', agency: 'agency' },
      jwksCooldownMs: 30_000,
    });
  });

  it('requires an https OIDC_ISSUER and an OIDC_AUDIENCE in production', () => {
    expect(() => loadConfig(AccessEnv, { NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER.*https/);
    expect(() => loadConfig(AccessEnv, { NODE_ENV: 'production', OIDC_ISSUER: 'https://idp.example/realms/portal' })).toThrow(
      /OIDC_AUDIENCE.*required when NODE_ENV=production/,
    );
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

  it('takes NODE_ENV unset or unknown as production: no development issuer, no plain-http issuer', () => {
    expect(() => loadConfig(AccessEnv, {})).toThrow(/OIDC_ISSUER.*required when NODE_ENV=production/);
    expect(() => loadConfig(AccessEnv, { NODE_ENV: 'staging', OIDC_ISSUER: developmentIssuer, OIDC_AUDIENCE: 'x' })).toThrow(/https/);
    expect(loadConfig(AccessEnv, { NODE_ENV: 'staging', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'x' }).NODE_ENV).toBe(
      'production',
    );
  });

  it('refuses an issuer with a query, a JWKS URI that is not a URL, and claim names with spaces', () => {
    const development = { NODE_ENV: 'development' };
    expect(() => loadConfig(AccessEnv, { ...development, OIDC_ISSUER: 'https://idp.example/?x=1' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig(AccessEnv, { ...development, OIDC_JWKS_URI: 'keys.json' })).toThrow(/OIDC_JWKS_URI/);
    expect(() => loadConfig(AccessEnv, { ...development, OIDC_ROLE_CLAIM: 'my roles' })).toThrow(/OIDC_ROLE_CLAIM/);
  });
});

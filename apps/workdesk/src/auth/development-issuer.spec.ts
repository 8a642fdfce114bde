import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { loadConfig } from '@inquiry-router/runtime';
import { userFromClaims, type AuthenticatedUser } from '@inquiry-router/access';
import { AuthModule } from './auth.module';
import { DevelopmentIssuer } from './development-issuer';
import { DevelopmentIssuerEnv } from './development-issuer.env';

describe('DevelopmentIssuer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-issuer-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const env = (vars: Record<string, string> = {}) =>
    loadConfig(DevelopmentIssuerEnv, { NODE_ENV: 'development', OIDC_ISSUER: 'http://127.0.0.1:3999', ...vars });

  it('signs tokens its own key set verifies, with claims the apps map back to the same user', async () => {
    const issuer = await DevelopmentIssuer.create(env({ DEV_ISSUER_TOKEN_TTL_SECONDS: '600' }));
    const token = await issuer.issue({ username: 'skd', roles: ['agency'], agency: 'skd' });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(issuer.keySet()), {
      issuer: 'http://127.0.0.1:3999',
      audience: 'inquiry-router',
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: issuer.keySet().keys[0].kid });
    expect(payload.exp! - payload.iat!).toBe(600);
    expect(payload.role).toEqual(['agency']);
    expect(userFromClaims(payload)).toEqual({ username: 'skd', roles: ['agency'], agency: 'skd' });
    expect(issuer.discoveryDocument()).toMatchObject({
      issuer: 'http://127.0.0.1:3999',
      jwks_uri: 'http://127.0.0.1:3999/.well-known/jwks.json',
    });
    expect(issuer.keySet().keys[0]).not.toHaveProperty('d');
  });

  it("lists a user's several roles in the role claim", async () => {
    const issuer = await DevelopmentIssuer.create(env());
    const user: AuthenticatedUser = { username: 'ola', roles: ['supervisor', 'operator'], agency: null };
    const { payload } = await jwtVerify(await issuer.issue(user), createLocalJWKSet(issuer.keySet()));
    expect(payload.role).toEqual(['supervisor', 'operator']);
    expect(userFromClaims(payload)).toEqual(user);
  });

  it('keeps its key in DEV_ISSUER_KEY_FILE (owner-only), so a restart keeps tokens valid; without it each start has a new key', async () => {
    const file = path.join(dir, 'nested', 'key.json');
    const first = await DevelopmentIssuer.create(env({ DEV_ISSUER_KEY_FILE: file }));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = await DevelopmentIssuer.create(env({ DEV_ISSUER_KEY_FILE: file }));
    expect(again.keySet().keys[0].kid).toBe(first.keySet().keys[0].kid);
    await expect(
      jwtVerify(await first.issue({ username: 'adviser', roles: ['adviser'], agency: null }), createLocalJWKSet(again.keySet())),
    ).resolves.toBeDefined();
    const fresh = await DevelopmentIssuer.create(env());
    expect(fresh.keySet().keys[0].kid).not.toBe(first.keySet().keys[0].kid);
  });

  it('refuses a key file that is not a JSON Web Key', async () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, 'not json');
    await expect(DevelopmentIssuer.create(env({ DEV_ISSUER_KEY_FILE: file }))).rejects.toThrow(/DEV_ISSUER_KEY_FILE/);
  });

  it('never runs in production, where login and the well-known endpoints do not exist', async () => {
    const idp = { OIDC_ISSUER: 'https://login.example/realms/portal', OIDC_AUDIENCE: 'inquiry-router' };
    const production = env({ NODE_ENV: 'production', ...idp });
    await expect(DevelopmentIssuer.create(production)).rejects.toThrow(/production/);
    expect(AuthModule.register(production)).toEqual({ module: AuthModule });
    expect(AuthModule.register(env()).controllers).toHaveLength(2);
    expect(AuthModule.register(env({ NODE_ENV: 'test' })).controllers).toHaveLength(2);
  });

  it('takes NODE_ENV unset or unknown as production: no development login', () => {
    const idp = { OIDC_ISSUER: 'https://login.example/realms/portal', OIDC_AUDIENCE: 'inquiry-router' };
    for (const unset of [{}, { NODE_ENV: 'staging' }]) {
      const env = loadConfig(DevelopmentIssuerEnv, { ...idp, ...unset });
      expect(env.developmentIssuerEnabled).toBe(false);
      expect(AuthModule.register(env)).toEqual({ module: AuthModule });
    }
  });
});

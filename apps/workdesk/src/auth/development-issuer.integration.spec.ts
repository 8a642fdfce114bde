// Integration: real Postgres (test database, seeded users), Kafka broker and Redis; workdesk (the
// development OpenID Connect issuer) and classifier (its policy API verifies through OIDC discovery)
// run as real processes; requests go over HTTP.
import { createPublicKey } from 'node:crypto';
import { generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { LoginView } from '@inquiry-router/contracts';

describe('development issuer (workdesk) and OIDC token checks in another app (classifier)', () => {
  const pipeline = new TestPipeline();
  const { call, json, login } = pipelineApi(pipeline);
  const issuer = () => pipeline.url('workdesk', '');
  /** The discovery document and the keys it points to, as a verifier reads them. */
  const discovered = async () => {
    const discovery = (await (await call('workdesk', '/.well-known/openid-configuration')).json()) as { issuer: string; jwks_uri: string };
    const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: (JWK & { kid: string })[] };
    return { discovery, keys };
  };
  /** The one key the issuer publishes. */
  const publishedKey = async () => (await discovered()).keys[0];

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('publishes a discovery document for its own address and the RSA key that verifies its tokens', async () => {
    const { discovery, keys } = await discovered();
    expect(discovery.issuer).toBe(issuer());
    expect(discovery.jwks_uri).toBe(`${issuer()}/.well-known/jwks.json`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) as unknown });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('issues an RS256 token with the issuer, audience, user and role claims', async () => {
    const token = await login('skd');
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: 'RS256', kid: (await publishedKey()).kid });
    expect(payload).toMatchObject({
      iss: issuer(),
      aud: 'inquiry-router',
      sub: 'skd',
      preferred_username: 'skd',
      role: ['agency'],
      agency: 'skd',
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBeGreaterThan(60);
  });

  it("answers a login with the token, the user's roles and the lifetime; the operator is a development user", async () => {
    const res = await call('workdesk', '/api/auth/login', { method: 'POST', body: { username: 'operator', password: 'operator' } });
    const answer = await json<LoginView>(res, 200);
    expect(answer).toEqual({ token: expect.any(String) as unknown, roles: ['operator'], expiresIn: expect.any(Number) as unknown });
    const payload = JSON.parse(Buffer.from(answer.token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ preferred_username: 'operator', role: ['operator'] });
    expect(payload).not.toHaveProperty('agency');
  });

  it("lets the classifier's policy API accept the workdesk's tokens, by role", async () => {
    const adviser = await login('adviser');
    expect((await call('classifier', '/api/policy', { token: adviser })).status).toBe(200);
    // The same token on the workdesk itself, which verifies through the same OIDC path.
    expect((await call('workdesk', '/api/inquiries/it-no-such-inquiry', { token: adviser })).status).toBe(404);
    // Genuine, but the agency role may not read the policy.
    expect((await call('classifier', '/api/policy', { token: await login('skd') })).status).toBe(403);
  });

  describe('refuses tokens the development issuer did not sign', () => {
    let otherKey: CryptoKey;
    const claims = () => ({ preferred_username: 'supervisor', role: 'supervisor' });
    const forged = (kid: string, key: CryptoKey = otherKey) =>
      new SignJWT(claims())
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(issuer())
        .setSubject('supervisor')
        .setAudience('inquiry-router')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(key);

    beforeAll(async () => {
      ({ privateKey: otherKey } = await generateKeyPair('RS256'));
    });

    it('signed by another key under the published key id: 401 with a Bearer challenge', async () => {
      const published = await publishedKey();
      const res = await call('classifier', '/api/policy', { token: await forged(published.kid) });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="inquiry-router", error="invalid_token"');
      expect(((await res.json()) as ProblemDocument).message).toBe('the token signature is invalid');
      expect((await call('workdesk', '/api/inquiries/it-no-such-inquiry', { token: await forged(published.kid) })).status).toBe(401);
    });

    it('signed by another key under an unknown key id: 401', async () => {
      const res = await call('classifier', '/api/policy', { token: await forged('not-published') });
      expect((await json<ProblemDocument>(res, 401)).message).toMatch(/key the issuer does not publish/);
    });

    it('an HS256 token with the secret the workdesk once used: 401', async () => {
      const secret = new TextEncoder().encode('development-only-secret-not-for-production-use');
      const hs = await new SignJWT({ ...claims(), sub: 'supervisor', agency: null })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(secret);
      expect((await call('classifier', '/api/policy', { token: hs })).status).toBe(401);
    });

    it('HS256 keyed with the published public key (algorithm confusion): 401', async () => {
      const published = await publishedKey();
      const pem = createPublicKey({ key: published, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const hs = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256', kid: published.kid })
        .setIssuer(issuer())
        .setSubject('supervisor')
        .setAudience('inquiry-router')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(String(pem)));
      expect((await call('classifier', '/api/policy', { token: hs })).status).toBe(401);
    });
  });

  it('keeps health and the docs public, and documents bearer auth on guarded endpoints', async () => {
    expect((await call('classifier', '/health/live')).status).toBe(200);
    const doc = (await (await call('workdesk', '/api/docs-json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(doc.paths['/api/inquiries/{id}'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/auth/login'].post.security).toBeUndefined();
    expect(doc.paths['/.well-known/jwks.json']).toBeDefined();
  });
});

// Unit: a local OpenID Connect provider (discovery document and JWKS over HTTP on a free port) in this process.
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { InvalidAccessToken, IssuerUnavailable, UnacceptedClaims } from './access-token-errors';
import { OidcTokenVerifier, OidcVerifierOptions } from './oidc-token-verifier';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function aKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

describe('OidcTokenVerifier', () => {
  let server: Server;
  let issuer: string;
  let published: SigningKey[] = [];
  let discoveryIssuer: () => string;
  const fetches = { discovery: 0, jwks: 0 };
  let rsa: SigningKey;
  let ec: SigningKey;
  let stranger: SigningKey;

  beforeAll(async () => {
    [rsa, ec, stranger] = await Promise.all([aKey('rsa-1', 'RS256'), aKey('ec-1', 'ES256'), aKey('rsa-1', 'RS256')]);
    published = [rsa, ec];
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/realms/portal/.well-known/openid-configuration') {
        fetches.discovery++;
        res.end(JSON.stringify({ issuer: discoveryIssuer(), jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
      } else if (req.url === '/realms/portal/protocol/openid-connect/certs') {
        fetches.jwks++;
        res.end(JSON.stringify({ keys: published.map((k) => k.publicJwk) }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/portal`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    published = [rsa, ec];
    discoveryIssuer = () => issuer;
  });

  const verifier = (overrides: Partial<OidcVerifierOptions> = {}) =>
    new OidcTokenVerifier({ issuer, audience: 'inquiry-router', ...overrides });

  function token(
    key: SigningKey,
    claims: JWTPayload = {},
    options: { issuer?: string; audience?: string; expiresIn?: string | number; kid?: string | null } = {},
  ): Promise<string> {
    const jwt = new SignJWT({ preferred_username: 'kari', role: 'adviser', ...claims })
      .setProtectedHeader({ alg: key.alg, ...(options.kid === null ? {} : { kid: options.kid ?? key.kid }) })
      .setIssuer(options.issuer ?? issuer)
      .setSubject('3f1c-kari')
      .setAudience(options.audience ?? 'inquiry-router')
      .setIssuedAt();
    if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
    else jwt.setExpirationTime('5m');
    return jwt.sign(key.privateKey);
  }

  it('accepts RS256 and ES256 tokens of the issuer and maps their claims to the caller', async () => {
    const v = verifier();
    await expect(v.verify(await token(rsa))).resolves.toEqual({ username: 'kari', roles: ['adviser'], agency: null });
    await expect(v.verify(await token(ec, { preferred_username: 'skd-user', role: 'agency', agency: 'skd' }))).resolves.toEqual({
      username: 'skd-user',
      roles: ['agency'],
      agency: 'skd',
    });
  });

  it('discovers the key set once and keeps it while the key ids are known', async () => {
    const before = { ...fetches };
    const v = verifier();
    for (let i = 0; i < 5; i++) await v.verify(await token(i % 2 ? rsa : ec));
    expect(fetches.discovery - before.discovery).toBe(1);
    expect(fetches.jwks - before.jwks).toBe(1);
  });

  it('checks the signature of a token once and remembers the result for the next requests', async () => {
    const v = verifier();
    const repeated = await token(rsa);
    await v.verify(await token(ec));
    const signatureChecks = jest.spyOn(crypto.subtle, 'verify');
    try {
      for (let i = 0; i < 3; i++) await expect(v.verify(repeated)).resolves.toMatchObject({ username: 'kari' });
      expect(signatureChecks).toHaveBeenCalledTimes(1);
    } finally {
      signatureChecks.mockRestore();
    }
  });

  it('refuses a token it verified and remembered once the token has expired', async () => {
    let now = new Date();
    const v = verifier({ now: () => now });
    const expiresAt = Math.floor(now.getTime() / 1000) + 60;
    const shortLived = await token(rsa, {}, { expiresIn: expiresAt });
    await expect(v.verify(shortLived)).resolves.toMatchObject({ username: 'kari' });
    await expect(v.verify(shortLived)).resolves.toMatchObject({ username: 'kari' });
    // Past the expiry and the clock tolerance a full check allows.
    now = new Date((expiresAt + 31) * 1000);
    await expect(v.verify(shortLived)).rejects.toThrow(new InvalidAccessToken('the token has expired'));
  });

  it('checks a remembered token again once the keys are fetched again, so a retired key is refused', async () => {
    const v = verifier({ jwksCooldownMs: 0 });
    const signedWithOld = await token(rsa);
    await expect(v.verify(signedWithOld)).resolves.toMatchObject({ username: 'kari' });
    const rotated = await aKey('rsa-2', 'RS256');
    published = [rotated, ec];
    await v.verify(await token(rotated));
    await expect(v.verify(signedWithOld)).rejects.toThrow(InvalidAccessToken);
  });

  it('refuses a token of another issuer', async () => {
    await expect(verifier().verify(await token(rsa, {}, { issuer: 'https://evil.example/realms/portal' }))).rejects.toThrow(
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- @types/jest types asymmetric matchers as any; toThrow takes one
      expect.objectContaining({ constructor: InvalidAccessToken, message: expect.stringMatching(/iss/) as unknown }),
    );
  });

  it('refuses an expired token, and one without an expiry', async () => {
    const expired = await token(rsa, {}, { expiresIn: Math.floor(Date.now() / 1000) - 600 });
    await expect(verifier().verify(expired)).rejects.toThrow(new InvalidAccessToken('the token has expired'));
    const forever = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: rsa.kid })
      .setIssuer(issuer)
      .setSubject('x')
      .setAudience('inquiry-router')
      .sign(rsa.privateKey);
    await expect(verifier().verify(forever)).rejects.toThrow(InvalidAccessToken);
  });

  it('refuses a token for another audience, and accepts any audience only when none is configured', async () => {
    const forOthers = await token(rsa, {}, { audience: 'account' });
    await expect(verifier().verify(forOthers)).rejects.toThrow(
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- @types/jest types asymmetric matchers as any; toThrow takes one
      expect.objectContaining({ constructor: InvalidAccessToken, message: expect.stringMatching(/aud/) as unknown }),
    );
    await expect(verifier({ audience: undefined }).verify(forOthers)).resolves.toMatchObject({ username: 'kari' });
  });

  it('refuses a token signed with a key the issuer does not publish', async () => {
    const unknownKid = await token(await aKey('rsa-unknown', 'RS256'));
    await expect(verifier().verify(unknownKid)).rejects.toThrow(
      new InvalidAccessToken('the token is signed with a key the issuer does not publish'),
    );
  });

  it('refuses a bad signature: another key under a published key id, or a tampered payload', async () => {
    await expect(verifier().verify(await token(stranger))).rejects.toThrow(new InvalidAccessToken('the token signature is invalid'));
    const [header, payload, signature] = (await token(rsa)).split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString(
      'base64url',
    );
    await expect(verifier().verify(`${header}.${promoted}.${signature}`)).rejects.toThrow(
      new InvalidAccessToken('the token signature is invalid'),
    );
  });

  it('refuses symmetric and unsigned tokens, and garbage', async () => {
    const hs256 = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
      .setIssuer(issuer)
      .setAudience('inquiry-router')
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('development-only-secret-not-for-production-use'));
    await expect(verifier().verify(hs256)).rejects.toThrow(new InvalidAccessToken('the token must be signed with RS256 or ES256'));
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: issuer, sub: 'x', role: 'admin' })).toString('base64url')}.`;
    await expect(verifier().verify(none)).rejects.toThrow(InvalidAccessToken);
    await expect(verifier().verify('not-a-jwt')).rejects.toThrow(new InvalidAccessToken('the token is malformed'));
  });

  it('refuses a genuine token whose role is not one of ours (UnacceptedClaims: 403)', async () => {
    await expect(verifier().verify(await token(rsa, { role: 'superuser' }))).rejects.toThrow(UnacceptedClaims);
  });

  it('fetches the key set again for a key id it has not seen, so a rotated key works without a restart', async () => {
    const v = verifier({ jwksCooldownMs: 0 });
    await v.verify(await token(rsa));
    const rotated = await aKey('rsa-2', 'RS256');
    published = [rotated, ec];
    await expect(v.verify(await token(rotated))).resolves.toMatchObject({ username: 'kari' });
    // The retired key is gone from the refetched set.
    await expect(v.verify(await token(rsa))).rejects.toThrow(InvalidAccessToken);
  });

  it('does not refetch within the cool-down, so made-up key ids cannot flood the provider', async () => {
    const v = verifier({ jwksCooldownMs: 60_000 });
    await v.verify(await token(rsa));
    const before = fetches.jwks;
    for (let i = 0; i < 3; i++)
      await expect(v.verify(await token(await aKey(`made-up-${i}`, 'RS256')))).rejects.toThrow(InvalidAccessToken);
    expect(fetches.jwks).toBe(before);
  });

  it('uses OIDC_JWKS_URI without discovery', async () => {
    const before = fetches.discovery;
    const v = new OidcTokenVerifier({ issuer, jwksUri: `${issuer}/protocol/openid-connect/certs` });
    await expect(v.verify(await token(ec))).resolves.toMatchObject({ roles: ['adviser'] });
    expect(fetches.discovery).toBe(before);
  });

  it('refuses a discovery document that names another issuer', async () => {
    discoveryIssuer = () => 'https://evil.example/realms/portal';
    await expect(verifier().verify(await token(rsa))).rejects.toThrow(IssuerUnavailable);
  });

  it('reports an unreachable issuer as unavailable, and tries discovery again on the next token', async () => {
    const v = verifier();
    discoveryIssuer = () => 'https://elsewhere.example';
    await expect(v.verify(await token(rsa))).rejects.toThrow(IssuerUnavailable);
    discoveryIssuer = () => issuer;
    await expect(v.verify(await token(rsa))).resolves.toMatchObject({ username: 'kari' });
    const nowhere = new OidcTokenVerifier({ issuer: 'http://127.0.0.1:1/realms/portal', fetchTimeoutMs: 2000 });
    await expect(nowhere.verify(await token(rsa))).rejects.toThrow(IssuerUnavailable);
  });
});

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { developmentAudience } from '@inquiry-router/access';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { DevelopmentIssuerEnv } from './development-issuer.env';

const algorithm = 'RS256';

/**
 * A stand-in for the organisation's OpenID Connect provider while developing and testing: signs
 * tokens for the seeded users with an RSA key and publishes the discovery document and key set,
 * so every app verifies exactly as it does against the real provider in production.
 */
export class DevelopmentIssuer {
  private constructor(
    readonly issuer: string,
    private readonly audience: string,
    private readonly ttlSeconds: number,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK & { kid: string },
  ) {}

  static async create(env: DevelopmentIssuerEnv): Promise<DevelopmentIssuer> {
    if (!env.developmentIssuerEnabled) throw new Error('the development issuer never runs when NODE_ENV=production');
    const privateJwk = env.DEV_ISSUER_KEY_FILE ? await keptKey(env.DEV_ISSUER_KEY_FILE) : await newKey();
    const privateKey = (await importJWK(privateJwk, algorithm)) as CryptoKey;
    const { kty, n, e } = privateJwk;
    const publicJwk = { kty, n, e, alg: algorithm, use: 'sig', kid: await calculateJwkThumbprint({ kty, n, e }) };
    return new DevelopmentIssuer(
      env.oidcIssuer,
      env.OIDC_AUDIENCE ?? developmentAudience,
      env.DEV_ISSUER_TOKEN_TTL_SECONDS,
      privateKey,
      publicJwk,
    );
  }

  /**
   * An access token for the user, with the claims the apps read by default (preferred_username,
   * role, agency); `role` lists the user's roles, as identity providers list a user's roles.
   */
  issue(user: AuthenticatedUser): Promise<string> {
    return new SignJWT({ preferred_username: user.username, role: user.roles, ...(user.agency ? { agency: user.agency } : {}) })
      .setProtectedHeader({ alg: algorithm, kid: this.publicJwk.kid, typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setSubject(user.username)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.privateKey);
  }

  get tokenTtlSeconds(): number {
    return this.ttlSeconds;
  }

  /** OpenID Connect Discovery 1.0 metadata, as far as this issuer goes (tokens come from POST /api/auth/login, not an OAuth flow). */
  discoveryDocument(): Record<string, unknown> {
    const base = this.issuer.replace(/\/$/, '');
    return {
      issuer: this.issuer,
      jwks_uri: `${base}/.well-known/jwks.json`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [algorithm],
      claims_supported: ['sub', 'preferred_username', 'role', 'agency'],
    };
  }

  keySet(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }
}

async function newKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(algorithm, { extractable: true, modulusLength: 2048 });
  return exportJWK(privateKey);
}

// Kept across restarts so tokens handed out before a restart stay valid while developing.
async function keptKey(file: string): Promise<JWK> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`DEV_ISSUER_KEY_FILE ${file} is not a readable JSON Web Key: ${(error as Error).message}`, { cause: error });
  }
  const jwk = await newKey();
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

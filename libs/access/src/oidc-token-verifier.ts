import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type CryptoKey,
  type FlattenedJWSInput,
  type JWTHeaderParameters,
  type KeyObject,
} from 'jose';
import { AuthenticatedUser } from './authenticated-user';
import { InvalidAccessToken, IssuerUnavailable } from './access-token-errors';
import { ClaimNames, defaultClaimNames, userFromClaims } from './token-claims';

export interface OidcVerifierOptions {
  /** Exactly the `iss` of the tokens; its discovery document is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** The provider's key set; unset: taken from the discovery document. */
  jwksUri?: string;
  /** When set, `aud` must contain it. */
  audience?: string;
  claims?: ClaimNames;
  /** After a fetch, how long a token with an unknown key id is refused before the key set is fetched again. */
  jwksCooldownMs?: number;
  /** Keys are fetched again after this long even when every token's key id is known. */
  jwksMaxAgeMs?: number;
  fetchTimeoutMs?: number;
  /** How many verified tokens are remembered (the least recently used go first); 0: none. */
  verifiedTokensKept?: number;
  /** The time tokens are checked against; the system clock unless a test sets another. */
  now?: () => Date;
}

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

/** A token that passed every check, kept until its `exp` so that its signature is not checked again on every request. */
interface VerifiedToken {
  user: AuthenticatedUser;
  expiresAtMs: number;
  header: JWTHeaderParameters;
  /** The key it was verified with: once the key set is fetched again (a rotation), it is checked again. */
  key: CryptoKey | KeyObject | Uint8Array;
}

/** Asymmetric only: a symmetric algorithm would let anyone holding the public key forge tokens. */
export const acceptedAlgorithms = ['RS256', 'ES256'];
const clockToleranceSeconds = 30;

// jose errors that say the token is at fault; any other failure (network, bad key set) is the issuer's.
const tokenFaults = new Set<string>([
  errors.JWTClaimValidationFailed.code,
  errors.JWTExpired.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWSInvalid.code,
  errors.JWTInvalid.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JWSSignatureVerificationFailed.code,
]);

/**
 * Verifies access tokens of an OpenID Connect provider: signature with the provider's published
 * keys (cached; fetched again when a token names a key id not seen yet, so rotation needs no
 * restart), issuer, audience and expiry; then maps the claims to the caller.
 */
export class OidcTokenVerifier {
  private keys: Promise<RemoteKeySet> | null = null;
  private readonly claimNames: ClaimNames;
  /** Insertion order is use order: a hit is moved to the end, the first is the least recently used. */
  private readonly verified = new Map<string, VerifiedToken>();
  private readonly verifiedTokensKept: number;
  private readonly now: () => Date;

  constructor(readonly options: OidcVerifierOptions) {
    this.claimNames = options.claims ?? defaultClaimNames;
    this.verifiedTokensKept = options.verifiedTokensKept ?? 5000;
    this.now = options.now ?? (() => new Date());
  }

  /** The caller the token speaks for; throws InvalidAccessToken, UnacceptedClaims or IssuerUnavailable. */
  async verify(token: string): Promise<AuthenticatedUser> {
    const keys = await this.keySet();
    const now = this.now();
    const known = this.verified.get(token);
    if (known) {
      this.verified.delete(token);
      // Never past `exp` (without the clock tolerance a full check allows), nor once the key set has
      // been fetched again: its keys are new objects, and one no longer published is not found.
      if (now.getTime() < known.expiresAtMs && (await this.currentKey(keys, known.header)) === known.key) {
        this.verified.set(token, known);
        return { ...known.user, roles: [...known.user.roles] };
      }
    }
    let payload: Record<string, unknown>;
    let header: JWTHeaderParameters;
    let key: CryptoKey | KeyObject | Uint8Array | undefined;
    try {
      ({ payload, protectedHeader: header } = await jwtVerify(token, async (h, t) => (key = await keys(h, t)), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: acceptedAlgorithms,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp'],
        currentDate: now,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && tokenFaults.has(code)) throw new InvalidAccessToken(describe(error as Error & { code: string }));
      throw new IssuerUnavailable(`the keys of ${this.options.issuer} could not be fetched: ${(error as Error).message}`);
    }
    const user = userFromClaims(payload, this.claimNames);
    if (key) this.remember(token, { user: { ...user, roles: [...user.roles] }, expiresAtMs: Number(payload.exp) * 1000, header, key });
    return user;
  }

  /** The key the set holds now for a token with this header; undefined when it has none (or cannot tell). */
  private async currentKey(keys: RemoteKeySet, header: JWTHeaderParameters): Promise<unknown> {
    try {
      return await keys(header, { payload: '', signature: '' } satisfies FlattenedJWSInput);
    } catch {
      return undefined;
    }
  }

  private remember(token: string, verified: VerifiedToken): void {
    if (this.verifiedTokensKept <= 0) return;
    this.verified.set(token, verified);
    if (this.verified.size > this.verifiedTokensKept) this.verified.delete(this.verified.keys().next().value!);
  }

  private keySet(): Promise<RemoteKeySet> {
    // One discovery at a time; a failed one is not kept, so the next request tries again.
    this.keys ??= this.discoverJwksUri().then(
      (uri) =>
        createRemoteJWKSet(new URL(uri), {
          cooldownDuration: this.options.jwksCooldownMs ?? 30_000,
          cacheMaxAge: this.options.jwksMaxAgeMs ?? 10 * 60_000,
          timeoutDuration: this.options.fetchTimeoutMs ?? 5_000,
        }),
      (error: unknown) => {
        this.keys = null;
        throw error;
      },
    );
    return this.keys;
  }

  private async discoverJwksUri(): Promise<string> {
    if (this.options.jwksUri) return this.options.jwksUri;
    const where = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(where, {
        signal: AbortSignal.timeout(this.options.fetchTimeoutMs ?? 5_000),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      throw new IssuerUnavailable(`the discovery document ${where} could not be read: ${(error as Error).message}`);
    }
    // A document naming another issuer is not this provider's (OpenID Connect Discovery 1.0 §4.3).
    if (document.issuer !== this.options.issuer) {
      throw new IssuerUnavailable(
        `the discovery document ${where} names the issuer ${JSON.stringify(document.issuer)}, not ${this.options.issuer}`,
      );
    }
    if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) {
      throw new IssuerUnavailable(`the discovery document ${where} has no valid jwks_uri`);
    }
    return document.jwks_uri;
  }
}

function describe(error: Error & { code: string; claim?: string }): string {
  switch (error.code) {
    case errors.JWTExpired.code:
      return 'the token has expired';
    case errors.JWTClaimValidationFailed.code:
      return `the token's ${error.claim ?? 'claims'} is not accepted: ${error.message}`;
    case errors.JWKSNoMatchingKey.code:
      return 'the token is signed with a key the issuer does not publish';
    case errors.JWSSignatureVerificationFailed.code:
      return 'the token signature is invalid';
    case errors.JOSEAlgNotAllowed.code:
      return `the token must be signed with ${acceptedAlgorithms.join(' or ')}`;
    default:
      return 'the token is malformed';
  }
}

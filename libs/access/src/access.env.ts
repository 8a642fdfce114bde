import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  ValidationArguments,
} from 'class-validator';
import { CommonEnv, inProduction, LocalWorkdeskUrl, RequiredInProduction } from '@inquiry-router/runtime';
import type { OidcVerifierOptions } from './oidc-token-verifier';

/** What `npm start` and the tests use when OIDC_ISSUER is unset outside production: the workdesk's development issuer. */
export const developmentIssuer = LocalWorkdeskUrl;
/** The audience the development issuer puts in its tokens when OIDC_AUDIENCE is unset. */
export const developmentAudience = 'inquiry-router';

const claimName = /^[A-Za-z0-9_:/.#-]{1,200}$/;

/** An issuer is an absolute URL without query or fragment; production needs https (OpenID Connect Discovery 1.0 §3). */
@ValidatorConstraint({ name: 'issuerUrl' })
class IssuerUrl implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string') return false;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    const production = inProduction(args.object);
    const schemes = production ? ['https:'] : ['https:', 'http:'];
    return schemes.includes(url.protocol) && url.search === '' && url.hash === '';
  }

  defaultMessage(args: ValidationArguments): string {
    return inProduction(args.object)
      ? `${args.property} must be the identity provider's https URL, without query or fragment (required when NODE_ENV=production)`
      : `${args.property} must be an http(s) URL without query or fragment`;
  }
}

/**
 * Settings of an app that checks access tokens. Tokens are verified as OpenID Connect access
 * tokens of OIDC_ISSUER: keys from its JWKS (found through its discovery document unless
 * OIDC_JWKS_URI says where), RS256 or ES256, issuer, audience and expiry checked.
 */
export class AccessEnv extends CommonEnv {
  @RequiredInProduction()
  @Validate(IssuerUrl)
  OIDC_ISSUER?: string;

  /** Skips discovery: the provider's JSON Web Key Set. */
  @IsOptional()
  @Validate(IssuerUrl)
  OIDC_JWKS_URI?: string;

  /** When set, a token must name it in `aud`; required in production, so a token minted for another service is refused. */
  @RequiredInProduction()
  @IsString()
  @Matches(/^\S{1,200}$/, { message: 'OIDC_AUDIENCE must be one value without spaces (required when NODE_ENV=production)' })
  OIDC_AUDIENCE?: string;

  /** Claims carrying the caller's name, role and agency; a dotted path reaches into objects (`realm_access.roles`). */
  @Matches(claimName, { message: 'OIDC_USERNAME_CLAIM must be a claim name or dotted path' })
  OIDC_USERNAME_CLAIM: string = 'preferred_username';

  @Matches(claimName, { message: 'OIDC_ROLE_CLAIM must be a claim name or dotted path' })
  OIDC_ROLE_CLAIM: string = 'role';

  @Matches(claimName, { message: 'OIDC_AGENCY_CLAIM must be a claim name or dotted path' })
  OIDC_AGENCY_CLAIM: string = 'agency';

  /** How long an unknown key id waits before the key set is fetched again (against floods of made-up key ids). */
  @IsInt() @Min(0) @Max(3600) OIDC_JWKS_COOLDOWN_SECONDS: number = 30;

  get oidcIssuer(): string {
    return this.OIDC_ISSUER ?? developmentIssuer;
  }

  get oidcVerifierOptions(): OidcVerifierOptions {
    return {
      issuer: this.oidcIssuer,
      jwksUri: this.OIDC_JWKS_URI,
      audience: this.OIDC_AUDIENCE,
      claims: { username: this.OIDC_USERNAME_CLAIM, role: this.OIDC_ROLE_CLAIM, agency: this.OIDC_AGENCY_CLAIM },
      jwksCooldownMs: this.OIDC_JWKS_COOLDOWN_SECONDS * 1000,
    };
  }
}

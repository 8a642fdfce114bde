import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AccessEnv } from '@inquiry-router/access';
import { inProduction } from '@inquiry-router/runtime';

/**
 * Workdesk's settings for the development token issuer (never active when NODE_ENV=production,
 * where tokens come from the organisation's OpenID Connect provider).
 */
export class DevelopmentIssuerEnv extends AccessEnv {
  /** Lifetime of the tokens the development issuer signs. */
  @IsInt() @Min(60) @Max(86400) DEV_ISSUER_TOKEN_TTL_SECONDS: number = 8 * 3600;

  /** Where the development signing key is kept across restarts (npm start: .run/); unset: a new key each start. */
  @IsOptional() @IsString() DEV_ISSUER_KEY_FILE?: string;

  get developmentIssuerEnabled(): boolean {
    return !inProduction(this);
  }
}

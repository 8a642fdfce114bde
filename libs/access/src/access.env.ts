import { IsInt, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

/** Settings of an app that checks access tokens (and, for workdesk, issues them). */
export class AccessEnv extends CommonEnv {
  /** Signs access tokens. Must be set (32+ characters) in production; development has a fixed one. */
  @ValidateIf((env: AccessEnv) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (required when NODE_ENV=production)' })
  JWT_SECRET?: string;

  @IsInt() @Min(60) @Max(86400) JWT_TTL_SECONDS: number = 8 * 3600;

  get jwtSecret(): string {
    return this.JWT_SECRET ?? 'development-only-secret-not-for-production-use';
  }
}

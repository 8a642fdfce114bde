import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MinLength, ValidateIf } from 'class-validator';
import { inProduction } from './common-env';

/**
 * A setting production must have: checked by the decorators after it whenever it is given, and
 * required when NODE_ENV is production (outside it, the app falls back to a development default).
 */
export function RequiredInProduction(): PropertyDecorator {
  return ValidateIf((env: { NODE_ENV?: string }, value: unknown) => inProduction(env) || value !== undefined);
}

/** A secret that signs or keys something (tokens, hashes): required in production, at least 32 characters whenever given. */
export function ProductionSecret(): PropertyDecorator {
  return applyDecorators(
    RequiredInProduction(),
    IsString(),
    MinLength(32, { message: '$property must be at least 32 characters (required in production)' }),
  );
}

/** An outbound mail relay, `smtp://host:port` or `smtps://…`; optional (what an app does without one, its setting says). */
export function SmtpRelayUrl(): PropertyDecorator {
  return applyDecorators(IsOptional(), Matches(/^smtps?:\/\/.+/, { message: '$property must be an smtp:// or smtps:// URL' }));
}

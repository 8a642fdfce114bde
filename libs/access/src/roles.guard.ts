import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiForbiddenResponse, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@inquiry-router/contracts';
import { AuthenticatedUser, holdsAny } from './authenticated-user';
import { InvalidAccessToken, IssuerUnavailable, UnacceptedClaims } from './access-token-errors';
import { OidcTokenVerifier } from './oidc-token-verifier';
import type { RoleSet } from './role-sets';

export const ROLES = 'roles';
export const QUERY_TOKEN = 'access-token-in-query';

/**
 * Also accepts the token as `?access_token=` (RFC 6750 §2.3), for clients that cannot set a
 * header: the browser's EventSource. Only for read-only streams; logs mask the parameter.
 */
export const AllowQueryToken = () => SetMetadata(QUERY_TOKEN, true);

/**
 * The roles that may call a handler (or every handler of a controller), as roles or named sets
 * (`@Roles(Supervisors)`); a handler without it needs no token. The guard AccessModule installs
 * enforces it, so a controller needs nothing more. Also documents the refusals (the bearer token
 * itself: AccessDocumentation).
 */
export const Roles = (...allowed: (Role | RoleSet)[]) => {
  const roles = [...new Set(allowed.flat())];
  return applyDecorators(
    SetMetadata(ROLES, roles),
    ApiUnauthorizedResponse({ description: 'no bearer token, or one that is invalid or has expired' }),
    ApiForbiddenResponse({ description: `the caller is not ${roles.join(' or ')}` }),
    ApiServiceUnavailableResponse({ description: 'the token issuer cannot be reached to check the token' }),
  );
};

type GuardedRequest = {
  headers: Record<string, string | string[] | undefined>;
  query?: Record<string, unknown>;
  user?: AuthenticatedUser;
  [verified]?: true;
};
const verified = Symbol('access token verified');

/**
 * Checks the bearer token and the caller's roles for every handler with `@Roles` (AccessModule
 * installs it for the whole app): one of them allowed is enough. Puts the caller on `request.user`.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: OidcTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles || context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    // A controller may still name the guard itself: the token is then checked once, the roles each time.
    if (!request[verified]) {
      request.user = await this.authenticate(context, request);
      request[verified] = true;
    }
    if (!holdsAny(request.user!, roles)) throw new ForbiddenException(`this needs the role ${roles.join(' or ')}`);
    return true;
  }

  private async authenticate(context: ExecutionContext, request: GuardedRequest): Promise<AuthenticatedUser> {
    const challenge = (error?: string) =>
      context
        .switchToHttp()
        .getResponse<{ setHeader(name: string, value: string): void }>()
        .setHeader('WWW-Authenticate', `Bearer realm="inquiry-router"${error ? `, error="${error}"` : ''}`);
    const header = request.headers.authorization;
    let [scheme, token] = (typeof header === 'string' ? header : '').split(' ');
    const inQuery = request.query?.access_token;
    if (
      !header &&
      typeof inQuery === 'string' &&
      this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN, [context.getHandler(), context.getClass()])
    ) {
      [scheme, token] = ['Bearer', inQuery];
    }
    if (scheme !== 'Bearer' || !token) {
      challenge();
      throw new UnauthorizedException('a bearer token is required');
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidAccessToken) {
        challenge('invalid_token');
        throw new UnauthorizedException(error.message);
      }
      if (error instanceof UnacceptedClaims) throw new ForbiddenException(error.message);
      if (error instanceof IssuerUnavailable)
        throw new ServiceUnavailableException('the token issuer cannot be reached; try again shortly');
      throw error;
    }
  }
}

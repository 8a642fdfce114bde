import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@inquiry-router/contracts';
import { AuthenticatedUser } from './authenticated-user';

const ROLES = 'roles';
/** The roles that may call a handler; a handler without it needs no token. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Checks the bearer token and the caller's role; puts the caller on `request.user`. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('a bearer token is required');
    let claims: { sub: string; role: Role; agency: string | null };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw new UnauthorizedException('the token is invalid or has expired');
    }
    request.user = { username: claims.sub, role: claims.role, agency: claims.agency ?? null };
    if (!roles.includes(claims.role)) throw new ForbiddenException(`this needs the role ${roles.join(' or ')}`);
    return true;
  }
}

import type { Role } from '@inquiry-router/contracts';

/** Who is calling, as carried in the access token. */
export interface AuthenticatedUser {
  username: string;
  /** Never empty; `agency` comes alone. */
  roles: Role[];
  agency: string | null;
}

/** Whether the user holds at least one of the roles: what `@Roles` and the use cases ask. */
export function holdsAny(user: Pick<AuthenticatedUser, 'roles'>, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

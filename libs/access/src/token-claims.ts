import { AgencyCodePattern, isRole, RoleNames } from '@inquiry-router/contracts';
import { AuthenticatedUser } from './authenticated-user';
import { InvalidAccessToken, UnacceptedClaims } from './access-token-errors';

/** Which claims carry the caller's name, role and agency (providers differ: Keycloak, Entra ID, …). */
export interface ClaimNames {
  username: string;
  role: string;
  agency: string;
}

export const defaultClaimNames: ClaimNames = { username: 'preferred_username', role: 'role', agency: 'agency' };

/**
 * A claim by name, or by dotted path into nested objects when no claim has the whole name
 * (`realm_access.roles`; names that are URLs with dots still match as a whole first).
 */
export function claimAt(payload: Record<string, unknown>, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A verified token's claims as the caller: username (the username claim, else `sub`), one or
 * several roles of this service (a string, or a list that may hold other applications' roles
 * too, which are left out), and for the agency role the agency it acts for. An agency account
 * acts for its agency alone, so `agency` comes with no other role of ours.
 */
export function userFromClaims(payload: Record<string, unknown>, names: ClaimNames = defaultClaimNames): AuthenticatedUser {
  const named = claimAt(payload, names.username);
  const username = typeof named === 'string' && named.trim() !== '' ? named : payload.sub;
  if (typeof username !== 'string' || username.trim() === '')
    throw new InvalidAccessToken(`the token names no user (neither ${names.username} nor sub)`);

  const claimed = claimAt(payload, names.role);
  const values = Array.isArray(claimed) ? claimed : claimed === undefined || claimed === null ? [] : [claimed];
  const roles = [...new Set(values.filter(isRole))];
  if (roles.length === 0) throw new UnacceptedClaims(`the token gives no role of this service (${RoleNames.join(', ')}) in ${names.role}`);
  if (!roles.includes('agency')) return { username, roles, agency: null };
  if (roles.length > 1)
    throw new UnacceptedClaims(
      `the token gives the agency role together with ${roles.filter((r) => r !== 'agency').join(', ')}; an agency user holds no other role`,
    );

  const agency = claimAt(payload, names.agency);
  if (typeof agency !== 'string' || !AgencyCodePattern.test(agency)) {
    throw new UnacceptedClaims(`an agency token must name its agency code in ${names.agency}`);
  }
  return { username, roles, agency };
}

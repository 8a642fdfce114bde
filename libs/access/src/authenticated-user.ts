import type { Role } from '@inquiry-router/contracts';

/** Who is calling, as carried in the access token. */
export interface AuthenticatedUser {
  username: string;
  role: Role;
  agency: string | null;
}

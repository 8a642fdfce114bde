import type { Role } from '../vocabulary';

/** `POST /api/auth/login` (development only): a seeded user's name and password. */
export interface LoginCredentials {
  username: string;
  password: string;
}

/** `POST /api/auth/login` (development only): a seeded user's token of the development issuer. */
export interface LoginView {
  /** RS256 access token; sent as `Authorization: Bearer <token>`. */
  token: string;
  /** The roles the token gives (at least one; `agency` alone). */
  roles: Role[];
  /** Seconds until the token expires. */
  expiresIn: number;
}

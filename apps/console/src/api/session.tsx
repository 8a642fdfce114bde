import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { isRole, type Role } from '@inquiry-router/contracts/vocabulary';
import type { LoginCredentials, LoginView } from '@inquiry-router/contracts/views';
import { ApiClient } from './api-client';

export interface Session {
  token: string;
  username: string;
  /** Never empty: a user may hold several roles. */
  roles: Role[];
}

const SessionKey = 'console.session';

/** The session kept in this tab; one in another shape (an older console's, with one `role`) counts as signed out. */
function stored(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(SessionKey) ?? 'null') as Partial<Session> | null;
    if (!s || typeof s.token !== 'string' || typeof s.username !== 'string') return null;
    if (!Array.isArray(s.roles) || s.roles.length === 0 || !s.roles.every(isRole)) return null;
    return { token: s.token, username: s.username, roles: s.roles };
  } catch {
    return null;
  }
}

/** Whether the signed-in user holds at least one of the roles (nobody signed in holds none). */
export function holds(session: Session | null | undefined, ...roles: Role[]): boolean {
  return !!session && session.roles.some((role) => roles.includes(role));
}

interface SessionState {
  session: Session | null;
  api: ApiClient;
  signIn: (username: string, password: string) => Promise<Session>;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user, kept for this browser tab only (sessionStorage). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(stored);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(SessionKey);
    setSession(null);
  }, []);
  const api = useMemo(() => new ApiClient(session?.token ?? null, signOut), [session, signOut]);
  const signIn = useCallback(async (username: string, password: string) => {
    const answer = await new ApiClient(null).post<LoginView>('/api/auth/login', { username, password } satisfies LoginCredentials);
    const next: Session = { token: answer.token, roles: answer.roles, username };
    sessionStorage.setItem(SessionKey, JSON.stringify(next));
    setSession(next);
    return next;
  }, []);
  const value = useMemo(() => ({ session, api, signIn, signOut }), [session, api, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { ApiClient } from './api-client';
import type { Role } from '@inquiry-router/contracts/vocabulary';

export interface Session {
  token: string;
  username: string;
  role: Role;
}

const SessionKey = 'console.session';

function stored(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(SessionKey) ?? 'null') as Session | null;
    return s && typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
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
    const answer = await new ApiClient(null).post<{ token: string; role: Role }>('/api/auth/login', { username, password });
    const next = { token: answer.token, role: answer.role, username };
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

import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holds, SessionProvider, useSession, type Session } from './session';

const wrapper = ({ children }: { children: ReactNode }) => <SessionProvider>{children}</SessionProvider>;

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('holds', () => {
  const session = (roles: Session['roles']): Session => ({ token: 't', username: 'ola', roles });

  it('asks whether any of the user’s roles is one of those named', () => {
    expect(holds(session(['operator', 'supervisor']), 'supervisor', 'admin')).toBe(true);
    expect(holds(session(['operator']), 'supervisor', 'admin')).toBe(false);
    expect(holds(session(['adviser']), 'adviser')).toBe(true);
  });

  it('gives nobody signed in no role', () => {
    expect(holds(null, 'adviser', 'supervisor', 'agency', 'admin', 'operator')).toBe(false);
    expect(holds(undefined, 'adviser')).toBe(false);
  });
});

describe('SessionProvider', () => {
  it('keeps the roles the login answers with, in this tab', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify({ token: 't', roles: ['supervisor', 'operator'], expiresIn: 60 })))),
    );
    const { result } = renderHook(() => useSession(), { wrapper });
    await act(() => result.current.signIn('ola', 'secret'));
    expect(result.current.session).toEqual({ token: 't', username: 'ola', roles: ['supervisor', 'operator'] });
    expect(JSON.parse(sessionStorage.getItem('console.session')!)).toEqual(result.current.session);
  });

  it('takes up a session kept in this tab', () => {
    sessionStorage.setItem('console.session', JSON.stringify({ token: 't', username: 'ola', roles: ['operator'] }));
    const { result } = renderHook(() => useSession(), { wrapper });
    expect(result.current.session).toEqual({ token: 't', username: 'ola', roles: ['operator'] });
  });

  it('counts a session of the older shape (one role), or one without roles, as signed out', () => {
    for (const kept of [
      { token: 't', username: 'ola', role: 'supervisor' },
      { token: 't', username: 'ola', roles: [] },
      { token: 't', username: 'ola', roles: ['owner'] },
      { token: 't', roles: ['adviser'] },
    ]) {
      sessionStorage.setItem('console.session', JSON.stringify(kept));
      const { result, unmount } = renderHook(() => useSession(), { wrapper });
      expect(result.current.session).toBeNull();
      unmount();
    }
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../api/session';
import { I18nProvider } from '../i18n/i18n';
import { RouterProvider } from '../router';
import { LoginPage } from './login-page';

afterEach(() => {
  vi.unstubAllGlobals();
  cleanup();
  sessionStorage.clear();
});

const signIn = (roles: string[]) => {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ token: 't', roles, expiresIn: 3600 }), { status: 200 })));
  vi.stubGlobal('fetch', fetch);
  render(
    <I18nProvider initial="en">
      <SessionProvider>
        <RouterProvider>
          <LoginPage />
        </RouterProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ola' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  return fetch;
};

describe('LoginPage', () => {
  it('signs in with what was typed and opens the adviser’s own page', async () => {
    const fetch = signIn(['adviser']);
    await waitFor(() => expect(window.location.pathname).toBe('/work'));
    expect(fetch).toHaveBeenCalledWith(
      '/api/auth/login',
      expect.objectContaining({ body: JSON.stringify({ username: 'ola', password: 'secret' }) }),
    );
  });

  it('opens the dashboard for a user who is a supervisor among other roles', async () => {
    window.history.replaceState(null, '', '/login');
    signIn(['operator', 'supervisor']);
    await waitFor(() => expect(window.location.pathname).toBe('/dashboard'));
  });
});

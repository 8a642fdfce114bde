import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerJson, renderInConsole, resetConsole } from '../testing/console-under-test';
import { LoginPage } from './login-page';

afterEach(resetConsole);

const signIn = (roles: string[]) => {
  const fetch = vi.fn(() => answerJson({ token: 't', roles, expiresIn: 3600 }));
  vi.stubGlobal('fetch', fetch);
  renderInConsole(<LoginPage />);
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

  it('opens the notices for an operator, who has no work page of their own', async () => {
    window.history.replaceState(null, '', '/login');
    signIn(['operator']);
    await waitFor(() => expect(window.location.pathname).toBe('/notices'));
  });
});

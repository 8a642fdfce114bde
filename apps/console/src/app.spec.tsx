import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { answerJson, notHere, resetConsole, signIn, urlOf } from './testing/console-under-test';

describe('App', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => (urlOf(input) === '/api/policy/agencies' ? answerJson({ agencies: [] }) : notHere())),
    );
  });
  afterEach(resetConsole);

  it("shows the menu at once and says the page is loading until the page's code is in", async () => {
    signIn('kari', ['adviser']);
    window.history.replaceState(null, '', '/search');
    render(<App />);

    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Laster siden …');
    // Vitest transforms the page's modules at its first import, which can take longer than findBy's usual second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Søk i henvendelser' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText('Laster siden …')).toBeNull();
  });
});

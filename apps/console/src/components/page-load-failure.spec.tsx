import { screen } from '@testing-library/react';
import { lazy, Suspense, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLocale, resetConsole } from '../testing/console-under-test';
import { PageLoadFailure, reloadForNewRelease } from './page-load-failure';

afterEach(resetConsole);

describe('reloadForNewRelease', () => {
  it('reloads once for a missing chunk, not again within the minute, and again after it', () => {
    const reload = vi.fn();
    expect(reloadForNewRelease(sessionStorage, 1_000_000, reload)).toBe(true);
    expect(reloadForNewRelease(sessionStorage, 1_030_000, reload)).toBe(false);
    expect(reloadForNewRelease(sessionStorage, 1_061_000, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

describe('PageLoadFailure', () => {
  // The page a new release removed: its import fails, as a browser's does for a chunk no longer served.
  const GonePage = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module: /assets/search-page-old.js')));
  const page = (path: string, content: ReactNode) => (
    <PageLoadFailure path={path}>
      <Suspense fallback={<p>…</p>}>{content}</Suspense>
    </PageLoadFailure>
  );

  it('says a page that could not load could not be shown, offers a reload, and lets the next page show', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const { rerender } = renderInLocale(page('/search', <GonePage />), 'en');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The page could not be shown. Reload the console');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();

    rerender(page('/work', <h1>My work</h1>));
    expect(await screen.findByRole('heading', { name: 'My work' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

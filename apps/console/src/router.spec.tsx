import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPath, RouterProvider, useRouter } from './router';

describe('matchPath', () => {
  it('takes parameters and refuses other paths', () => {
    expect(matchPath('/inquiries/:id', '/inquiries/dev%2D001')).toEqual({ id: 'dev-001' });
    expect(matchPath('/inquiries/:id', '/inquiries')).toBeNull();
    expect(matchPath('/inquiries/:id', '/cases/1')).toBeNull();
  });
});

describe('RouterProvider', () => {
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });

  it('keeps a query apart from the path, and follows the browser back', () => {
    window.history.replaceState(null, '', '/search?q=a');
    let router: ReturnType<typeof useRouter> | undefined;
    function Where() {
      router = useRouter();
      return <p data-testid="where">{`${router.path}|${router.search}`}</p>;
    }
    render(
      <RouterProvider>
        <Where />
      </RouterProvider>,
    );
    expect(screen.getByTestId('where').textContent).toBe('/search|?q=a');
    act(() => router!.navigate('/search?q=b&page=2'));
    expect(screen.getByTestId('where').textContent).toBe('/search|?q=b&page=2');
    expect(window.location.search).toBe('?q=b&page=2');
    act(() => router!.navigate('/work'));
    expect(screen.getByTestId('where').textContent).toBe('/work|');
    act(() => {
      window.history.replaceState(null, '', '/search?q=b&page=2');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('where').textContent).toBe('/search|?q=b&page=2');
  });
});

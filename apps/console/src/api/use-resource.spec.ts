import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { useResource } from './use-resource';

/** A promise the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Resolves it and waits for the answer, so the hook has taken it in when act() returns. */
async function settle<T>(d: ReturnType<typeof deferred<T>>, value: T) {
  d.resolve(value);
  await d.promise;
}

// Loaders are made once per test: a new loader on every render would load on every render, as the hook documents.
describe('useResource', () => {
  it('has no data until the first answer, then the answer', async () => {
    const answer = deferred<string[]>();
    const load = () => answer.promise;
    const { result } = renderHook(() => useResource(load));
    expect(result.current.data).toBeUndefined();
    await act(() => settle(answer, ['a']));
    expect(result.current.data).toEqual(['a']);
    expect(result.current.error).toBeNull();
  });

  it('shows the fallback when a load fails, and says why', async () => {
    const failure = new ApiError(500, 'down');
    const load = () => Promise.reject(failure);
    const { result } = renderHook(() => useResource<string[]>(load, { fallback: [] }));
    await waitFor(() => expect(result.current.error).toBe(failure));
    expect(result.current.data).toEqual([]);
  });

  it('keeps the last answer when a reload fails and there is no fallback', async () => {
    let fail = false;
    const load = () => (fail ? Promise.reject(new ApiError(503, 'busy')) : Promise.resolve({ open: true }));
    const { result } = renderHook(() => useResource(load));
    await waitFor(() => expect(result.current.data).toEqual({ open: true }));
    fail = true;
    await act(() => result.current.reload());
    expect(result.current.data).toEqual({ open: true });
    expect(result.current.error).toBeInstanceOf(ApiError);
  });

  it('loads again on reload, and when the loader changes', async () => {
    let n = 0;
    const count = () => Promise.resolve(++n);
    const { result, rerender } = renderHook(({ load }) => useResource(load), { initialProps: { load: count } });
    await waitFor(() => expect(result.current.data).toBe(1));
    await act(() => result.current.reload());
    expect(result.current.data).toBe(2);
    const ten = () => Promise.resolve(10);
    rerender({ load: ten });
    await waitFor(() => expect(result.current.data).toBe(10));
  });

  it('drops an answer that arrives after a newer load started', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const loadFirst = () => first.promise;
    const loadSecond = () => second.promise;
    const { result, rerender } = renderHook(({ load }) => useResource(load), { initialProps: { load: loadFirst } });
    rerender({ load: loadSecond });
    await act(() => settle(second, 'inquiry 2'));
    await act(() => settle(first, 'inquiry 1'));
    expect(result.current.data).toBe('inquiry 2');
  });

  it('loads nothing without a loader', async () => {
    const { result } = renderHook(() => useResource<string>(null));
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: undefined, error: null });
  });
});

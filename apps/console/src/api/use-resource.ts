import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  /** The latest answer; undefined until the first one (or the fallback after a failure). */
  data: T | undefined;
  /** Why the last load failed; null once one succeeds. */
  error: unknown;
  /** Loads again, e.g. after an action changed what it shows; resolves once the answer is in. */
  reload: () => Promise<void>;
}

export interface ResourceOptions<T> {
  /** What to show when a load fails; without it the last answer stays. */
  fallback?: T;
}

/**
 * Data a page shows: loaded when `load` changes (make it with useCallback over what it depends on),
 * again on `reload()`. An answer that arrives after a newer load started is dropped, so a page that
 * moved on never shows what it asked for before. `load` null: nothing to load (yet).
 */
export function useResource<T>(load: (() => Promise<T>) | null, options: ResourceOptions<T> = {}): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown }>({ data: undefined, error: null });
  const latest = useRef(0);
  const fallback = useRef(options);
  fallback.current = options;

  const reload = useCallback(async () => {
    if (!load) return;
    const mine = ++latest.current;
    try {
      const data = await load();
      if (mine === latest.current) setState({ data, error: null });
    } catch (error) {
      if (mine !== latest.current) return;
      const options = fallback.current;
      setState((previous) => ({ data: 'fallback' in options ? options.fallback : previous.data, error }));
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data: state.data, error: state.error, reload };
}

/** Why a load failed, for a notice: the server's message, or null when it did not fail. */
export function failureOf(error: unknown): string | null {
  if (!error) return null;
  return error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
}

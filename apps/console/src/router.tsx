import { AnchorHTMLAttributes, createContext, MouseEvent, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

interface RouterState {
  /** The location's path, without its query. */
  path: string;
  /** The location's query (`?q=…`, or empty): what a page such as the search keeps in the address. */
  search: string;
  /** Goes to a path, with a query if it has one. */
  navigate: (path: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterState | null>(null);

/** Client-side routes on the History API; the workdesk answers every such path with index.html. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const onPop = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: string, options?: { replace?: boolean }) => {
    const url = new URL(next, window.location.origin);
    if (url.pathname === window.location.pathname && url.search === window.location.search) return;
    if (options?.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    setLocation({ path: url.pathname, search: url.search });
  }, []);
  const value = useMemo(() => ({ ...location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function currentLocation(): { path: string; search: string } {
  return { path: window.location.pathname, search: window.location.search };
}

export function useRouter(): RouterState {
  const r = useContext(RouterContext);
  if (!r) throw new Error('useRouter outside RouterProvider');
  return r;
}

/** Matches `/inquiries/:id`-style patterns; the parameters, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}

/** The address of an inquiry's page (app.tsx routes `/inquiries/:id` to it). */
export const inquiryPath = (id: string): string => `/inquiries/${encodeURIComponent(id)}`;

/** The address of a notice's page (app.tsx routes `/notices/:id` to it). */
export const noticePath = (id: string): string => `/notices/${encodeURIComponent(id)}`;

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { navigate, path } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={path === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}

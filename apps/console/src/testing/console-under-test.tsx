import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Role } from '@inquiry-router/contracts/vocabulary';
import { SessionProvider } from '../api/session';
import type { Locale } from '../i18n/catalogue';
import { I18nProvider } from '../i18n/i18n';
import { RouterProvider } from '../router';

/** Renders `ui` inside what a console page runs in: the texts in `locale` (English unless said), the router and the session. */
export function renderInConsole(ui: ReactNode, { locale = 'en' }: { locale?: Locale } = {}) {
  return render(
    <I18nProvider initial={locale}>
      <RouterProvider>
        <SessionProvider>{ui}</SessionProvider>
      </RouterProvider>
    </I18nProvider>,
  );
}

/**
 * Renders `ui` with the texts and formats of `locale` and nothing else (no router, no session), for a
 * component that takes its data as props; `rerender` keeps the language.
 */
export function renderInLocale(ui: ReactNode, locale: Locale) {
  return render(ui, { wrapper: ({ children }) => <I18nProvider initial={locale}>{children}</I18nProvider> });
}

/** Signs `username` in with `roles`, as the console keeps its session between reloads. */
export function signIn(username: string, roles: Role[]): void {
  sessionStorage.setItem('console.session', JSON.stringify({ token: 't', username, roles }));
}

/** Undoes what a test left: the rendered tree, the stubbed fetch, the session and the address. */
export function resetConsole(): void {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
}

/** The address a stubbed `fetch` was asked for. */
export const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** A JSON answer, as the workdesk gives it. */
export const answerJson = (body: unknown, status = 200): Promise<Response> =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

/** The workdesk's answer to an address no test double knows. */
export const notHere = (): Promise<Response> => Promise.resolve(new Response('{"message":"not here"}', { status: 404 }));

/** A call the console made to the workdesk: its method, its address and the JSON body it sent, if any. */
export interface WorkdeskCall {
  method: string;
  url: string;
  body?: unknown;
}

/**
 * The workdesk behind a stubbed `fetch`, as a spec plays it: every call is kept in `calls` (in order)
 * and answered by `answer` (`notHere()` for an address it does not play).
 */
export function workdeskDouble(answer: (call: WorkdeskCall) => Promise<Response>) {
  const calls: WorkdeskCall[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const call: WorkdeskCall = {
      method: init?.method ?? 'GET',
      url: urlOf(input),
      ...(init?.body ? { body: JSON.parse(init.body as string) as unknown } : {}),
    };
    calls.push(call);
    return answer(call);
  });
  return { fetch, calls };
}

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SatisfactionFiguresView, SatisfactionReportView, SurveyCommentsView } from '@inquiry-router/contracts/views';
import { SessionProvider } from '../../api/session';
import { I18nProvider } from '../../i18n/i18n';
import { RouterProvider } from '../../router';
import { SatisfactionPage } from './satisfaction-page';

const figures = (key: string | null): SatisfactionFiguresView => ({
  key,
  resolved: 4,
  surveysSent: 3,
  answers: 2,
  averageScore: 4.5,
  responseRate: 2 / 3,
  medianWaitSeconds: 300,
  averageWaitSeconds: 360,
});

const report: SatisfactionReportView = {
  from: '2026-11-15',
  to: '2026-12-15',
  total: figures(null),
  byQueue: [figures('first-line')],
  byChannel: [figures('email')],
  byCategory: [figures('login'), figures(null)],
  byAdviser: [figures('adviser1')],
};
const comments: SurveyCommentsView = { from: report.from, to: report.to, items: [] };

describe('SatisfactionPage', () => {
  beforeEach(() => {
    sessionStorage.setItem('console.session', JSON.stringify({ token: 't', username: 'supervisor', roles: ['supervisor'] }));
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const body = url.startsWith('/api/satisfaction/comments?') ? comments : url.startsWith('/api/satisfaction?') ? report : null;
        return Promise.resolve(new Response(JSON.stringify(body ?? { title: 'Not Found', status: 404 }), { status: body ? 200 : 404 }));
      }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('names the queues, channels and categories in Norwegian, not by their codes', async () => {
    render(
      <I18nProvider initial="nb">
        <RouterProvider>
          <SessionProvider>
            <SatisfactionPage />
          </SessionProvider>
        </RouterProvider>
      </I18nProvider>,
    );
    const groupName = (testId: string) => screen.getByTestId(testId).children[0].textContent;
    expect(await screen.findByTestId('satisfaction-category-login')).toBeTruthy();
    expect(groupName('satisfaction-category-login')).toBe('Innlogging');
    expect(groupName('satisfaction-category-none')).toBe('Ingen');
    expect(groupName('satisfaction-queue-first-line')).toBe('Førstelinje');
    expect(groupName('satisfaction-channel-email')).toBe('E-post');
  });
});

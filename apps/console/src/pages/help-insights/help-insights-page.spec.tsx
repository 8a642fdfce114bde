import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpInsightsReportView, InsightsCategoryView } from '@inquiry-router/contracts/views';
import type { Locale } from '../../i18n/catalogue';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';
import { HelpInsightsPage } from './help-insights-page';

const weeks = ['2026-W49', '2026-W50'];
const measures = { resolved: 0, firstContactShare: null, averageHandleSeconds: null };

// A report grouped as the workdesk groups it: by the decision's technical category, else its target.
const categoryOf = (category: string, counts: [number, number]): InsightsCategoryView => ({
  ...measures,
  category,
  count: counts[0] + counts[1],
  weeks: weeks.map((week, i) => ({ week, count: counts[i] })),
  clusters: [],
  unclustered: counts[0] + counts[1],
});

const report: HelpInsightsReportView = {
  ...measures,
  from: '2026-11-30T23:00:00.000Z',
  to: '2026-12-14T23:00:00.000Z',
  weeks,
  count: 12,
  gaps: 0,
  categories: [categoryOf('login', [4, 3]), categoryOf('agency:nav', [2, 3])],
  marks: [],
};

const renderPage = (locale: Locale) => renderInConsole(<HelpInsightsPage />, { locale });

describe('HelpInsightsPage', () => {
  beforeEach(() => {
    signIn('editor', ['editor']);
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        const url = urlOf(input);
        const body = url.startsWith('/api/help-insights/report') ? report : url === '/api/help-pages' ? [] : null;
        return body ? answerJson(body) : notHere();
      }),
    );
  });
  afterEach(resetConsole);

  it('titles each category by its Norwegian name, and an agency matter by the agency', async () => {
    renderPage('nb');
    expect(await screen.findByRole('heading', { level: 2, name: 'Innlogging' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Etat nav' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'login' })).toBeNull();
  });

  it('names the trend table rows in the reader’s language (nynorsk, English)', async () => {
    renderPage('nn');
    await screen.findByRole('heading', { level: 2, name: 'Innlogging' });
    const rowNames = (table: HTMLElement) =>
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(rowNames(screen.getByRole('table', { name: 'Henvendingar per veke og kategori' }))).toEqual(['Innlogging', 'Etat nav']);
    cleanup();

    renderPage('en');
    await screen.findByRole('heading', { level: 2, name: 'Login' });
    expect(rowNames(screen.getByRole('table', { name: 'Inquiries per week and category' }))).toEqual(['Login', 'Agency nav']);
  });
});

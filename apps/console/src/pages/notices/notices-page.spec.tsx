import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncidentSuggestionView } from '@inquiry-router/contracts/views';
import {
  answerJson,
  notHere,
  renderInConsole,
  renderInLocale,
  resetConsole,
  signIn,
  workdeskDouble,
} from '../../testing/console-under-test';
import { SuggestionBanner } from './suggestions-section';
import { components, incident, suggestion } from './notice-fixtures';
import { NoticesPage, prefillFrom } from './notices-page';

/** The workdesk's notices API as the page sees it: answers from the fixtures, every call recorded with its body. */
function noticesApi() {
  let suggestions: IncidentSuggestionView[] = [suggestion];
  return workdeskDouble(({ method, url }) => {
    if (url === '/api/notices/components') return answerJson(components);
    if (url === '/api/notices?state=active') return answerJson([incident]);
    if (url.startsWith('/api/notices?state=')) return answerJson([]);
    if (url === '/api/notices' && method === 'POST') return answerJson({ ...incident, id: 'DRIFT-00009' }, 201);
    if (url === '/api/incident-suggestions?status=open') return answerJson(suggestions);
    const decided = /^\/api\/incident-suggestions\/([^/]+)\/(confirm|dismiss)$/.exec(url);
    if (decided && method === 'POST') {
      suggestions = suggestions.filter((s) => s.id !== decided[1]);
      return answerJson({ ...suggestion, status: decided[2] === 'confirm' ? 'confirmed' : 'dismissed' });
    }
    if (url === '/api/notice-subscriptions' || url.startsWith('/api/notice-deliveries')) return answerJson([]);
    return notHere();
  });
}

const renderPage = () => renderInConsole(<NoticesPage />);

describe('NoticesPage', () => {
  let api: ReturnType<typeof noticesApi>;
  beforeEach(() => {
    signIn('operator', ['operator']);
    api = noticesApi();
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(resetConsole);

  it('lists the notices in force with their status, severity, components and environments', async () => {
    renderPage();
    const row = await screen.findByTestId('notice-DRIFT-00003');
    expect(row.textContent).toContain('Login fails');
    expect(row.textContent).toContain('Investigating');
    expect(row.textContent).toContain('Major');
    await waitFor(() => expect(row.textContent).toContain('Login'));
    expect(row.textContent).toContain('Production');
    expect(screen.getByRole('region', { name: 'Upcoming' }).textContent).toContain('No upcoming notices.');
  });

  it('registers an incident from an early warning, confirms the warning with the new notice, and opens it', async () => {
    renderPage();
    const warning = await screen.findByTestId('suggestion-s-1');
    expect(warning.textContent).toContain('Category: Login');
    expect(warning.textContent).toContain('42 inquiries, against 3.2 normally (13.1 times as many)');
    expect(warning.textContent).toContain('fnr ***********');
    const form = () => within(screen.getByRole('region', { name: 'Register a notice' }));
    await form().findByLabelText('Login');
    fireEvent.click(within(warning).getByRole('button', { name: /^Register an incident/ }));
    await waitFor(() => expect(form().getByLabelText<HTMLInputElement>('Login').checked).toBe(true));
    expect(form().getByText(/^From the warning of many inquiries in the category login/)).toBeTruthy();
    fireEvent.change(form().getByLabelText('Title (bokmål)'), { target: { value: 'Innlogging feiler' } });
    fireEvent.change(form().getByLabelText('Description (bokmål)'), { target: { value: 'Mange får ikke logget inn.' } });
    await act(async () => void fireEvent.submit(form().getByRole('button', { name: 'Register' }).closest('form')!));
    await waitFor(() => expect(window.location.pathname).toBe('/notices/DRIFT-00009'));
    const posted = api.calls.filter((c) => c.method === 'POST');
    expect(posted.map((c) => c.url)).toEqual(['/api/notices', '/api/incident-suggestions/s-1/confirm']);
    expect(posted[0].body).toMatchObject({ kind: 'incident', components: ['login'], startsAt: suggestion.windowStart });
    expect(posted[1].body).toEqual({ noticeId: 'DRIFT-00009' });
  });

  it('dismisses a warning', async () => {
    renderPage();
    const warning = await screen.findByTestId('suggestion-s-1');
    await act(async () => void fireEvent.click(within(warning).getByRole('button', { name: /^Dismiss/ })));
    await screen.findByText('No warnings of a possible incident.');
    expect(api.calls).toContainEqual({ method: 'POST', url: '/api/incident-suggestions/s-1/dismiss', body: {} });
  });
});

describe('prefillFrom', () => {
  it('takes the component whose categories hold the warning’s category, or none', () => {
    expect(prefillFrom(suggestion, components, 'n').components).toEqual(['login']);
    expect(prefillFrom({ ...suggestion, category: 'signing' }, components, 'n').components).toEqual([]);
  });
});

describe('SuggestionBanner', () => {
  afterEach(cleanup);

  it('counts the open warnings, each with its evidence, and leads to the notices page', () => {
    renderInConsole(
      <SuggestionBanner
        suggestions={[suggestion, { ...suggestion, id: 's-2', category: 'inbox', observed: 12, expected: 1, ratio: 12 }]}
      />,
      { locale: 'nb' },
    );
    const banner = screen.getByRole('region', { name: '2 varsler om mulig driftsavvik' });
    expect(banner.textContent).toContain('Kategori: Innlogging');
    expect(banner.textContent).toContain('42 henvendelser, mot normalt 3,2 (13,1 ganger så mange)');
    expect(within(banner).getByRole('link', { name: 'Se varslene' }).getAttribute('href')).toBe('/notices');
  });

  it('is not there when no warning is open', () => {
    const { container } = renderInLocale(<SuggestionBanner suggestions={[]} />, 'nb');
    expect(container.textContent).toBe('');
  });
});

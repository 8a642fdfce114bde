import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtendedHoursProposalView } from '@inquiry-router/contracts/views';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';
import { overview, proposal, rosterShifts, simulation } from './planning-fixtures';
import { PlanningPage } from './planning-page';

/** The workdesk's planning API as the page sees it: answers from the fixtures, every call recorded. */
function planningApi() {
  let proposals: ExtendedHoursProposalView[] = [proposal];
  const calls: { method: string; url: string }[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = urlOf(input);
    const method = init?.method ?? 'GET';
    calls.push({ method, url });
    if (url.startsWith('/api/planning/overview')) return answerJson({ ...overview, proposals });
    if (url.startsWith('/api/planning/simulation'))
      return answerJson({ ...simulation, date: new URL(url, 'http://x').searchParams.get('date') });
    if (url === '/api/planning/proposals') return answerJson(proposals);
    if (url.startsWith('/api/planning/roster')) return answerJson(rosterShifts);
    const decided = /^\/api\/planning\/proposals\/([^/]+)\/(accept|dismiss)$/.exec(url);
    if (decided && method === 'POST') {
      proposals = proposals.map((p) => (p.id === decided[1] ? { ...p, status: decided[2] === 'accept' ? 'accepted' : 'dismissed' } : p));
      return answerJson(proposals.find((p) => p.id === decided[1]));
    }
    return notHere();
  });
  return { fetch, calls };
}

/** A busy machine renders the charts slowly. */
const slow = { timeout: 10_000 };

const renderPage = () => renderInConsole(<PlanningPage />, { locale: 'nb' });

describe('PlanningPage', { timeout: 20_000 }, () => {
  let api: ReturnType<typeof planningApi>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-04T09:00:00Z'));
    signIn('supervisor', ['supervisor']);
    api = planningApi();
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    resetConsole();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks for the next 14 days by default, and the next 4 weeks when chosen', async () => {
    renderPage();
    await screen.findByTestId('contacts-summary', undefined, slow);
    expect(api.calls).toContainEqual({ method: 'GET', url: '/api/planning/overview?from=2026-01-04&to=2026-01-17' });
    fireEvent.click(screen.getByRole('button', { name: 'Neste 4 uker' }));
    await waitFor(
      () => expect(api.calls).toContainEqual({ method: 'GET', url: '/api/planning/overview?from=2026-01-04&to=2026-01-31' }),
      slow,
    );
  });

  it('accepts a proposal after asking, calls the API, and shows it accepted once the list is reloaded', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderPage();
    const proposals = await screen.findByRole('region', { name: 'Forslag om utvidet åpningstid' }, slow);
    const row = await within(proposals).findByTestId('proposal-p-1', undefined, slow);
    expect(row.textContent).toContain('A-melding, "frist" i dag');
    expect(row.textContent).toContain('42 henvendelser');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: /^Godta/ }));
      await Promise.resolve();
    });
    expect(confirm).toHaveBeenCalledWith('Bestille utvidet åpningstid man. 5. jan. kl. 15:30–18:00?');
    await waitFor(() => expect(screen.getByTestId('proposal-status-p-1').textContent).toBe('Godtatt'), slow);
    expect(api.calls).toContainEqual({ method: 'POST', url: '/api/planning/proposals/p-1/accept' });
    expect(api.calls.filter((c) => c.url === '/api/planning/proposals')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Forslaget er godtatt, og utvidet åpningstid er bestilt.');
    expect(within(proposals).queryByRole('button', { name: /^Godta/ })).toBeNull();
  });

  it('does nothing when the supervisor does not confirm', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderPage();
    const row = await screen.findByTestId('proposal-p-1', undefined, slow);
    fireEvent.click(within(row).getByRole('button', { name: /^Godta/ }));
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('explains a chosen half-hour: base, seasonal factors, the deadline behind it', async () => {
    renderPage();
    await screen.findByTestId('contacts-summary', undefined, slow);
    fireEvent.change(screen.getByLabelText('Dag', { selector: '#detail-day' }), { target: { value: '2026-01-05' } });
    const phone = await screen.findByTestId('detail-phone', undefined, slow);
    expect(phone.textContent).toContain('Grunnivå10');
    expect(phone.textContent).toContain('Ukedag× 1,1');
    expect(phone.textContent).toContain('A-melding (skd) man. 5. jan.: fristdagen, × 1,8');
    // Another day keeps the time of day; 07:30 that day is before opening.
    fireEvent.change(screen.getByLabelText('Dag', { selector: '#detail-day' }), { target: { value: '2026-01-04' } });
    expect((await screen.findByTestId('detail-phone', undefined, slow)).textContent).toContain('søn. 4. jan. 08:00');
    fireEvent.change(screen.getByLabelText('Halvtime'), { target: { value: '2026-01-04T06:30:00.000Z' } });
    expect((await screen.findByTestId('detail-phone', undefined, slow)).textContent).toContain('Stengt: utenfor åpningstid');
  });

  it('shows the span’s roster with each adviser’s competence levels and what a trainee counts for', async () => {
    renderPage();
    const roster = await screen.findByRole('region', { name: 'Vaktplan og kompetanse' }, slow);
    const trainee = (await within(roster).findByText('tove', undefined, slow)).closest('tr')!;
    expect(trainee.textContent).toContain('Innlogging: Under opplæring');
    expect(trainee.textContent).toContain('0,5 veiledere');
    expect(api.calls).toContainEqual({ method: 'GET', url: '/api/planning/roster?from=2026-01-04&to=2026-01-17' });
  });

  it('simulates the first day beside Erlang C’s service level', async () => {
    renderPage();
    const erlang = await screen.findByTestId('erlang-service-level', undefined, slow);
    expect(erlang.textContent).toBe('Erlang C lover telefon 81\u00a0% innen målet med de planlagte veilederne.');
    expect(screen.getByTestId('simulated-sl-phone').textContent).toBe('78\u00a0%');
    expect(api.calls).toContainEqual({ method: 'GET', url: '/api/planning/simulation?date=2026-01-04' });
  });
});

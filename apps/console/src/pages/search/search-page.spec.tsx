import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@inquiry-router/contracts/vocabulary';
import { Layout } from '../../components/layout';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';
import { searchPage } from '../inquiry/inquirer-fixtures';
import { SearchPage } from './search-page';

const ids = (from: number, count: number) => Array.from({ length: count }, (_, n) => `IR-HIT${String(from + n).padStart(8, '0')}`);

/** The workdesk's search as the page sees it: 30 hits over two pages, the agencies of the policy; every URL asked for recorded. */
function searchApi() {
  const asked: string[] = [];
  const fetch = vi.fn((input: RequestInfo | URL) => {
    const url = urlOf(input);
    asked.push(url);
    if (url === '/api/policy/agencies') return answerJson({ agencies: [{ code: 'skd', name: 'Skatteetaten' }] });
    if (url.startsWith('/api/inquiries/search?')) {
      const page = Number(new URL(url, 'http://x').searchParams.get('page'));
      return answerJson(page === 2 ? searchPage(2, 30, ids(26, 5)) : searchPage(1, 30, ids(1, 25)));
    }
    return notHere();
  });
  return { fetch, asked, searches: () => asked.filter((u) => u.startsWith('/api/inquiries/search')) };
}

function renderPage(roles: Role[], at: string) {
  signIn('kari', roles);
  window.history.replaceState(null, '', at);
  renderInConsole(
    <Layout>
      <SearchPage />
    </Layout>,
  );
}

describe('SearchPage', () => {
  let api: ReturnType<typeof searchApi>;
  beforeEach(() => {
    api = searchApi();
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(resetConsole);

  it('runs the search the address holds, fills the form with it, and pages through the hits by address', async () => {
    renderPage(['adviser'], '/search?q=bankid&channel=email&page=1');
    const results = await screen.findByRole('region', { name: 'Results' });
    expect(api.searches()).toEqual(['/api/inquiries/search?q=bankid&channel=email&page=1&pageSize=25']);
    expect(screen.getByLabelText<HTMLInputElement>('Words in the text').value).toBe('bankid');
    expect(screen.getByLabelText<HTMLSelectElement>('Channel').value).toBe('email');
    expect(within(results).getByTestId('search-total').textContent).toBe('30 results. Showing 1–25 of 30');

    const table = within(results).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Inquiry', 'Received', 'Channel', 'Sender', 'Subject or text', 'Status', 'Went to']);
    const first = within(table).getByTestId('search-hit-IR-HIT00000001');
    expect(within(first).getByRole('link', { name: 'IR-HIT00000001' }).getAttribute('href')).toBe('/inquiries/IR-HIT00000001');
    expect(first.textContent).toContain('(erased)');
    expect(within(table).getByTestId('search-hit-IR-HIT00000002').textContent).toContain('kari1@example.no');

    const pages = within(results).getByRole('navigation', { name: 'Pages' });
    expect(within(pages).queryByRole('link', { name: 'Previous page' })).toBeNull();
    expect(pages.textContent).toContain('Page 1 of 2');
    await act(async () => void fireEvent.click(within(pages).getByRole('link', { name: 'Next page' })));
    await waitFor(() => expect(screen.getByTestId('search-total').textContent).toBe('30 results. Showing 26–30 of 30'));
    expect(window.location.search).toBe('?q=bankid&channel=email&page=2');
    expect(api.searches()[1]).toBe('/api/inquiries/search?q=bankid&channel=email&page=2&pageSize=25');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Results' }));
    expect(
      within(screen.getByRole('navigation', { name: 'Pages' }))
        .getByRole('link', { name: 'Previous page' })
        .getAttribute('href'),
    ).toBe('/search?q=bankid&channel=email&page=1');
  });

  it('says "more than" when the count stopped at its cap, and pages on while the pages come back full', async () => {
    api.fetch.mockImplementation((input: RequestInfo | URL) => {
      const page = Number(new URL(urlOf(input), 'http://x').searchParams.get('page'));
      // 10,000 counted and more match: page 400 is full, page 401 holds the last 3.
      return answerJson(page === 400 ? searchPage(400, 10_000, ids(9976, 25), true) : searchPage(401, 10_000, ids(10_001, 3), true));
    });
    renderPage(['adviser'], '/search?page=400');
    const results = await screen.findByRole('region', { name: 'Results' });
    expect(within(results).getByTestId('search-total').textContent).toBe(
      'More than 10,000 results; narrow the search to see how many. Showing 9,976–10,000 of more than 10,000',
    );
    const pages = within(results).getByRole('navigation', { name: 'Pages' });
    expect(pages.textContent).toContain('Page 400 of more than 400');
    await act(async () => void fireEvent.click(within(pages).getByRole('link', { name: 'Next page' })));
    await waitFor(() => expect(screen.getByTestId('search-total').textContent).toContain('Showing 10,001–10,003 of more than 10,000'));
    const last = within(screen.getByRole('navigation', { name: 'Pages' }));
    expect(last.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(last.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/search?page=400');
  });

  it('puts a search sent from the form into the address, from the first page', async () => {
    renderPage(['supervisor'], '/search');
    expect(await screen.findByText(/^Fill in what to search for/)).toBeTruthy();
    await screen.findByRole('option', { name: 'Skatteetaten (skd)' });
    expect(api.searches()).toEqual([]);
    const form = screen.getByRole('search', { name: 'Search criteria' });
    fireEvent.change(within(form).getByLabelText('Sender'), { target: { value: 'kari@example.no' } });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'queued' } });
    fireEvent.change(within(form).getByLabelText('Agency'), { target: { value: 'skd' } });
    fireEvent.change(within(form).getByLabelText('Received from'), { target: { value: '2026-01-01' } });
    await act(async () => void fireEvent.submit(form));
    await screen.findByRole('region', { name: 'Results' });
    expect(window.location.search).toBe('?sender=kari%40example.no&status=queued&agency=skd&from=2026-01-01&page=1');
    expect(api.searches()).toEqual([
      '/api/inquiries/search?sender=kari%40example.no&status=queued&agency=skd&from=2026-01-01&page=1&pageSize=25',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Results' }));
  });

  it('refuses a span that ends before it starts', async () => {
    renderPage(['adviser'], '/search');
    const form = await screen.findByRole('search', { name: 'Search criteria' });
    fireEvent.change(within(form).getByLabelText('Received from'), { target: { value: '2026-02-01' } });
    fireEvent.change(within(form).getByLabelText('Received up to and including'), { target: { value: '2026-01-01' } });
    expect(within(form).getByText('The from date cannot be after the to date.')).toBeTruthy();
    expect(within(form).getByLabelText('Received from').getAttribute('aria-invalid')).toBe('true');
    fireEvent.submit(form);
    expect(window.location.search).toBe('');
    expect(api.searches()).toEqual([]);
  });

  it('gives an agency user no agency to choose, and leads them to the agency’s own view of each hit', async () => {
    renderPage(['agency'], '/search?q=skatt&page=1');
    const results = await screen.findByRole('region', { name: 'Results' });
    expect(within(results).getByRole('link', { name: 'IR-HIT00000001' }).getAttribute('href')).toBe('/agency/inquiries/IR-HIT00000001');
    expect(screen.queryByLabelText('Agency')).toBeNull();
    expect(api.asked).not.toContain('/api/policy/agencies');
  });

  it('is in the menu for advisers, supervisors and agency users; an agency user has no work page', async () => {
    renderPage(['agency'], '/search');
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(menu).getByRole('link', { name: 'Search' }).getAttribute('aria-current')).toBe('page');
    expect(within(menu).queryByRole('link', { name: 'My work' })).toBeNull();
    cleanup();
    renderPage(['adviser'], '/work');
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: 'Search' })).toBeTruthy();
    cleanup();
    renderPage(['operator'], '/notices');
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).queryByRole('link', { name: 'Search' })).toBeNull();
  });
});

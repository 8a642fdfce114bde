import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpPageView } from '@inquiry-router/contracts/views';
import { answerJson, renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { HelpPagesPage } from './help-pages-page';

const page: HelpPageView = {
  id: '7d7e2f0a-3c55-4b8e-9a0f-1f0b7e6c2a01',
  url: 'https://portal.example/hjelp/bankid',
  title: 'Logge inn med BankID',
  language: 'nn',
  keywords: ['bankid'],
  // The report groups by a decision's technical category, else its target: a page may be written for either.
  topics: ['login', 'agency:nav'],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'editor',
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'editor',
};

const renderPage = (locale: 'nb' | 'en') => renderInConsole(<HelpPagesPage />, { locale });

describe('HelpPagesPage', () => {
  beforeEach(() => {
    signIn('editor', ['editor']);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => answerJson([page])),
    );
  });
  afterEach(resetConsole);

  const rowOf = async () => (await screen.findByRole('link', { name: page.title })).closest('tr')!;

  it('shows a page’s language and categories by their Norwegian names', async () => {
    renderPage('nb');
    const cells = [...(await rowOf()).children].map((c) => c.textContent);
    expect(cells.slice(1, 4)).toEqual(['Nynorsk', 'bankid', 'Innlogging, Etat nav']);
    expect([...screen.getByLabelText<HTMLSelectElement>('Språk').options].map((o) => o.textContent)).toEqual([
      'Bokmål',
      'Nynorsk',
      'Engelsk',
    ]);
  });

  it('and by their English names in the English console', async () => {
    renderPage('en');
    const cells = [...(await rowOf()).children].map((c) => c.textContent);
    expect(cells.slice(1, 4)).toEqual(['Nynorsk', 'bankid', 'Login, Agency nav']);
  });
});

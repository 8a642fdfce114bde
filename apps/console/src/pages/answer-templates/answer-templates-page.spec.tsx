import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerTemplateView } from '@inquiry-router/contracts/views';
import type { Locale } from '../../i18n/catalogue';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, workdeskDouble } from '../../testing/console-under-test';
import { AnswerTemplatesPage } from './answer-templates-page';

const login: AnswerTemplateView = {
  id: '2b1f5c8e-0d6a-4f4e-9a51-6f2f8d0c1a11',
  title: 'Innlogging med BankID',
  language: 'nb',
  body: 'Hei {name}! Se {helpPage}.',
  category: 'login',
  helpPageUrl: 'https://info.altinn.example/hjelp/innlogging/',
  placeholders: ['name', 'helpPage'],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'editor',
  updatedAt: '2026-12-02T09:00:00.000Z',
  updatedBy: 'editor',
  retiredAt: null,
};

function workdesk() {
  return workdeskDouble(({ method, url, body }) => {
    if (url.startsWith('/api/answer-templates?') && method === 'GET') return answerJson([login]);
    if (url === '/api/answer-templates' && method === 'POST') return answerJson({ ...login, id: 'new', ...(body ?? {}) }, 201);
    if (url === `/api/answer-templates/${login.id}` && method === 'PUT') return answerJson(login);
    if (url === `/api/answer-templates/${login.id}/retire`) return answerJson({ ...login, retiredAt: '2026-12-03T09:00:00.000Z' });
    return notHere();
  });
}

const renderPage = (locale: Locale = 'en') => renderInConsole(<AnswerTemplatesPage />, { locale });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('AnswerTemplatesPage', () => {
  let api: ReturnType<typeof workdesk>;
  beforeEach(() => {
    signIn('editor', ['editor']);
    api = workdesk();
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(resetConsole);

  it('lists the saved answers with their language, category, help page and status, and says which placeholders there are', async () => {
    renderPage();
    const row = await screen.findByTestId(`template-${login.id}`);
    expect([...row.children].map((c) => c.textContent)).toEqual([
      'Innlogging med BankID',
      'Bokmål',
      'Login',
      'https://info.altinn.example/hjelp/innlogging/',
      '02/12/2026, 10:00 by editor',
      'In use',
      'EditRetire',
    ]);
    expect(screen.getByRole('table', { name: '1 saved answer' })).toBeTruthy();
    expect(screen.getByText(/\{reference\}, \{name\}, \{adviser\} and \{helpPage\}/)).toBeTruthy();
  });

  it('names languages and categories in Norwegian in the Norwegian console, in the table and in the form', async () => {
    renderPage('nb');
    const row = await screen.findByTestId(`template-${login.id}`);
    expect([...row.children].slice(1, 3).map((c) => c.textContent)).toEqual(['Bokmål', 'Innlogging']);
    const category = screen.getByLabelText<HTMLSelectElement>('Kategori');
    const options = [...category.options].map((o) => [o.value, o.textContent]);
    expect(options).toContainEqual(['login', 'Innlogging']);
    expect(options).toContainEqual(['attachments', 'Vedlegg']);
    expect(options.map(([, text]) => text)).not.toContain('login');
    expect([...screen.getByLabelText<HTMLSelectElement>('Språk').options].map((o) => o.textContent)).toEqual([
      'Bokmål',
      'Nynorsk',
      'Engelsk',
    ]);
  });

  it('adds a saved answer from the form, without a category or help page when none is given', async () => {
    renderPage();
    await screen.findByTestId(`template-${login.id}`);
    type('Title', 'Vedlegg');
    type('Language', 'nn');
    type('Text', 'Hei {name}, legg ved fila på nytt.');
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Add' }).closest('form')!));
    expect(api.calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      url: '/api/answer-templates',
      body: { title: 'Vedlegg', language: 'nn', body: 'Hei {name}, legg ved fila på nytt.', category: null, helpPageUrl: null },
    });
    expect(await screen.findByText('The saved answer was added.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('');
  });

  it('edits a saved answer from its own fields, and retires one after asking', async () => {
    renderPage();
    await screen.findByTestId(`template-${login.id}`);
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Innlogging med BankID”' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Text').value).toBe(login.body);
    type('Title', 'Innlogging');
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Save' }).closest('form')!));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      title: 'Innlogging',
      language: 'nb',
      body: login.body,
      category: 'login',
      helpPageUrl: login.helpPageUrl,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Retire “Innlogging med BankID”' }));
    const dialog = screen.getByRole('dialog', { name: 'Retire “Innlogging med BankID”' });
    await act(async () => void fireEvent.submit(within(dialog).getByRole('button', { name: 'Retire' }).closest('form')!));
    expect(api.calls.filter((c) => c.url.endsWith('/retire')).map((c) => c.method)).toEqual(['POST']);
    expect(await screen.findByText('The saved answer was retired.')).toBeTruthy();
  });
});

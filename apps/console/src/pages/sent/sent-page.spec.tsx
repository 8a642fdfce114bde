import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentMessagesView, SentMessageView } from '@inquiry-router/contracts/views';
import type { Locale } from '../../i18n/catalogue';
import { answerJson, renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';
import { SentPage } from './sent-page';

const answer: SentMessageView = {
  id: 'm1',
  at: '2026-12-07T08:30:00.000Z',
  channel: 'email',
  via: 'smtp',
  purpose: 'answer',
  from: 'brukerservice@altinn.example',
  to: ['kari@example.no'],
  subject: 'Svar på henvendelsen din [IR-AAAAAAAAAAAA]',
  text: 'Hei Kari,\n\nprøv igjen nå.',
  messageId: '<m1@outbound.inquiry-router>',
  inReplyTo: '<IR-BBBBBBBBBBBB@inquiry-router>',
  thread: 'IR-AAAAAAAAAAAA',
  inquiry: { id: 'IR-BBBBBBBBBBBB', reference: 'IR-BBBBBBBBBBBB' },
};
const callback: SentMessageView = {
  ...answer,
  id: 'c1',
  channel: 'phone',
  via: 'callback',
  purpose: null,
  to: ['+4791234567'],
  subject: null,
  text: '\nSi at feilen er rettet.',
  thread: null,
  inquiry: null,
};

describe('SentPage', () => {
  let answerWith: (url: string) => { status: number; body: unknown };
  const asked: string[] = [];

  beforeEach(() => {
    asked.length = 0;
    signIn('adviser', ['adviser']);
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        const url = urlOf(input);
        asked.push(url);
        const { status, body } = answerWith(url);
        return answerJson(body, status);
      }),
    );
  });
  afterEach(resetConsole);

  const show = (locale: Locale = 'nb') => renderInConsole(<SentPage />, { locale });

  it('lists each message with its channel, route and purpose in words, its first line, thread and a link to its inquiry', async () => {
    const view: SentMessagesView = { sinks: { state: 'running', url: 'http://127.0.0.1:3010' }, items: [answer, callback] };
    answerWith = () => ({ status: 200, body: view });
    show();
    const row = await screen.findByTestId('sent-m1');
    expect(within(row).getByTestId('sent-channel').textContent).toBe('E-postSMTP · Svar');
    expect(within(row).getByText('Svar på henvendelsen din [IR-AAAAAAAAAAAA]')).toBeTruthy();
    expect(within(row).getByText('IR-AAAAAAAAAAAA')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'IR-BBBBBBBBBBBB' }).getAttribute('href')).toBe('/inquiries/IR-BBBBBBBBBBBB');
    const call = screen.getByTestId('sent-c1');
    expect(within(call).getByTestId('sent-channel').textContent).toBe('TelefonRinges tilbake');
    expect(within(call).getByText('Si at feilen er rettet.', { selector: 'summary' })).toBeTruthy();
    expect(screen.getByTestId('sent-count').textContent).toBe('2 meldinger');
    expect(screen.getByText('Lest fra de lokale mottakerne på http://127.0.0.1:3010.')).toBeTruthy();
  });

  it('asks for one channel when one is chosen, and again on refresh', async () => {
    answerWith = () => ({ status: 200, body: { sinks: { state: 'running', url: 'http://127.0.0.1:3010' }, items: [] } });
    show('en');
    await screen.findByText('Nothing has been sent yet.');
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'phone' } });
    await vi.waitFor(() => expect(asked).toContain('/api/development/sent?channel=phone'));
    const before = asked.length;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await vi.waitFor(() => expect(asked.length).toBe(before + 1));
    expect(asked.at(-1)).toBe('/api/development/sent?channel=phone');
  });

  it('says when the sinks are not running, and when the page is not there (production)', async () => {
    answerWith = () => ({
      status: 200,
      body: { sinks: { state: 'not-running', reason: 'LOCAL_SINKS_URL is not set' }, items: [callback] },
    });
    show('nn');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Dei lokale mottakarane køyrer ikkje her/);
    cleanup();

    answerWith = () => ({ status: 404, body: { title: 'Not Found', status: 404, detail: 'Cannot GET /api/development/sent' } });
    show('en');
    expect((await screen.findByRole('alert')).textContent).toBe('The Sent page is a development tool and does not exist here.');
    expect(screen.queryByLabelText('Channel')).toBeNull();
  });
});

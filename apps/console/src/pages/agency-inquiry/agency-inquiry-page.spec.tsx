import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgencyInquiryView } from '../../api/types';
import { answerJson, renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { AgencyInquiryPage } from './agency-inquiry-page';

const forwarded: AgencyInquiryView = {
  inquiry: {
    id: 'IR-SKDAAAAAAAAA',
    channel: 'email',
    receivedAt: '2026-01-04T08:00:00.000Z',
    from: { name: 'Kari Nordmann', email: 'kari@example.no' },
    to: 'support@example.no',
    subject: 'Skattekortet',
    body: 'Hvorfor er skattekortet mitt feil?',
    attachments: [],
  },
  status: 'forwarded',
  decision: {
    target: 'agency:skd',
    kind: 'subject-matter',
    category: null,
    agency: 'skd',
    caseType: null,
    confidence: 0.92,
    reasons: ['the text is about the tax card'],
    policyVersion: '2026-12-05.1',
    decidedAt: '2026-01-04T08:00:01.000Z',
  },
};

function renderPage(id: string) {
  signIn('skd', ['agency']);
  renderInConsole(<AgencyInquiryPage id={id} />);
}

describe('AgencyInquiryPage', () => {
  afterEach(resetConsole);

  it('shows the message forwarded to the agency and why it went there, from the agency’s own endpoint', async () => {
    const fetch = vi.fn(() => answerJson(forwarded));
    vi.stubGlobal('fetch', fetch);
    renderPage('IR-SKDAAAAAAAAA');
    expect((await screen.findByRole('region', { name: 'Skattekortet' })).textContent).toContain('Hvorfor er skattekortet mitt feil?');
    expect(screen.getByTestId('inquiry-status').textContent).toBe('Forwarded');
    expect(screen.getByRole('region', { name: 'Routing decision' }).textContent).toContain('the text is about the tax card');
    expect(fetch).toHaveBeenCalledWith('/api/agency/inquiries/IR-SKDAAAAAAAAA', expect.anything());
  });

  it('says an inquiry not forwarded to the agency is not there', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{"message":"no inquiry of that id"}', { status: 404 }))),
    );
    renderPage('IR-OTHERAAAAAAA');
    expect(await screen.findByText('The inquiry is not among those forwarded to the agency.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the search' }).getAttribute('href')).toBe('/search');
  });
});

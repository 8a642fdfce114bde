import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncidentLinkView } from '@inquiry-router/contracts/views';
import type { HeldInquiry } from '../../api/types';
import { renderInConsole, renderInLocale } from '../../testing/console-under-test';
import { HeldInquiries } from '../work/held-inquiries';
import { IncidentLinks } from './incident-links';

afterEach(cleanup);

const link: IncidentLinkView = {
  noticeId: 'DRIFT-00003',
  title: { nb: 'Innlogging feiler', nn: 'Innlogging feilar', en: 'Login fails' },
  status: 'identified',
  linkedAt: '2026-01-04T08:05:00.000Z',
  explanation: ['received while DRIFT-00003 was in force', 'category login is caused by the component login', 'the text has "bankid"'],
};

const held = (id: string, incident: HeldInquiry['incident']): HeldInquiry => ({
  id,
  channel: 'email',
  subject: `Subject ${id}`,
  queue: 'first-line',
  status: 'claimed',
  receivedAt: '2026-01-04T08:05:00.000Z',
  dueAt: null,
  reservedUntil: null,
  incident,
});

describe('IncidentLinks', () => {
  it('names the incident in the reader’s language with its status, and says why the inquiry was linked', () => {
    renderInLocale(<IncidentLinks links={[link]} />, 'nn');
    const region = screen.getByRole('region', { name: 'Knytt til driftsavvik DRIFT-00003 – Innlogging feilar (Årsak funnen)' });
    expect(region.querySelectorAll('li')).toHaveLength(3);
    expect(region.textContent).toContain('the text has "bankid"');
    // A link made before links had codes: its English text, marked as English for screen readers.
    expect(region.querySelector('li')?.getAttribute('lang')).toBe('en');
  });

  it('says why the inquiry was linked in the reader’s language when the link has reason codes', () => {
    const coded: IncidentLinkView = {
      ...link,
      explanationCodes: [
        { code: 'incident-linked', params: { noticeId: 'DRIFT-00003', title: 'Innlogging feiler' } },
        { code: 'incident-category', params: { category: 'login', components: 'login' } },
        { code: 'incident-words', params: { words: '"bankid"' } },
      ],
    };
    renderInLocale(<IncidentLinks links={[coded]} />, 'nb');
    const items = [...screen.getByRole('region').querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Koblet til driftsmelding DRIFT-00003');
    expect(items[1]).toContain('Innlogging');
    expect(items[2]).toContain('bankid');
    expect(items.join(' ')).not.toMatch(/received while|is caused by|the text has/);
  });

  it('shows nothing for an inquiry without incidents, or from a workdesk that sends none', () => {
    const { container } = renderInLocale(
      <>
        <IncidentLinks links={[]} />
        <IncidentLinks links={undefined} />
      </>,
      'en',
    );
    expect(container.textContent).toBe('');
  });
});

describe('the work listing', () => {
  it('marks the inquiries linked to an incident', () => {
    renderInConsole(
      <HeldInquiries
        held={[held('IR-1', { noticeId: 'DRIFT-00003', title: link.title }), held('IR-2', null)]}
        onAccept={() => undefined}
      />,
    );
    expect(screen.getByTestId('incident-badge-DRIFT-00003').textContent).toBe('Incident DRIFT-00003');
    expect(screen.getByTestId('incident-badge-DRIFT-00003').getAttribute('title')).toBe('Login fails');
    expect(screen.getAllByText(/^Incident /)).toHaveLength(1);
  });
});

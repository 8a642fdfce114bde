import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InquirerAuditEntryView, PersonalDataReadView } from '@inquiry-router/contracts/views';
import { answerJson, renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { detailsText, InquirerLogPage } from './inquirer-log-page';

const Person = 'p-1';
const reads: PersonalDataReadView[] = [
  { at: '2026-01-04T09:00:00.000Z', actor: 'kari', roles: ['adviser'], inquiryId: 'IR-AAAAAAAAAAAA', via: 'earlier-contacts' },
  { at: '2026-01-04T09:01:00.000Z', actor: 'skd-user', roles: ['agency'], inquiryId: 'IR-AAAAAAAAAAAA', via: 'agency-inquiry' },
];
const audit: InquirerAuditEntryView[] = [
  {
    at: '2026-01-04T10:00:00.000Z',
    actor: 'kari',
    action: 'merged',
    inquiryId: 'IR-AAAAAAAAAAAA',
    details: { note: 'Same person', from: 'p-2' },
  },
  { at: '2026-01-04T11:00:00.000Z', actor: 'sara', action: 'exported', inquiryId: null, details: {} },
];

describe('InquirerLogPage', () => {
  afterEach(resetConsole);

  it('shows who read the person’s data and what was done to it, and leads back to the inquiry it was opened from', async () => {
    signIn('sara', ['supervisor']);
    window.history.replaceState(null, '', `/inquirers/${Person}?inquiry=IR-AAAAAAAAAAAA`);
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => answerJson(url.endsWith('/reads') ? reads : url.endsWith('/audit') ? audit : [])),
    );
    renderInConsole(<InquirerLogPage inquirerId={Person} />);
    const readLog = screen.getByRole('region', { name: "Who saw the person's data" });
    const readRows = (await within(readLog).findAllByRole('row')).slice(1);
    expect(readRows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['04/01/2026, 10:00', 'kari', 'adviser', 'IR-AAAAAAAAAAAA', 'Earlier contacts'],
      ['04/01/2026, 10:01', 'skd-user', 'agency', 'IR-AAAAAAAAAAAA', "The agency's view"],
    ]);
    const auditLog = screen.getByRole('region', { name: 'Audit' });
    const auditRows = (await within(auditLog).findAllByRole('row')).slice(1);
    expect(auditRows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['04/01/2026, 11:00', 'kari', 'Merged', 'IR-AAAAAAAAAAAA', 'Same person; from: p-2'],
      ['04/01/2026, 12:00', 'sara', 'Exported', '–', '–'],
    ]);
    expect(screen.getByRole('link', { name: 'Back to the inquiry' }).getAttribute('href')).toBe('/inquiries/IR-AAAAAAAAAAAA');
  });
});

describe('detailsText', () => {
  it('puts the note first, and writes other values as they are', () => {
    expect(detailsText({ erasedInquiries: 3, note: 'Asked by the person' })).toBe('Asked by the person; erasedInquiries: 3');
    expect(detailsText({})).toBe('–');
  });
});

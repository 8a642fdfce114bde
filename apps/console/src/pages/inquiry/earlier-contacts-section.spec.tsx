import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InquirerMatchView, InquirerView } from '@inquiry-router/contracts/views';
import type { Role } from '@inquiry-router/contracts/vocabulary';
import { intlConfig, type Locale } from '../../i18n/catalogue';
import { formattersOf } from '../../i18n/formatters';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, workdeskDouble } from '../../testing/console-under-test';
import { EarlierContactsSection, recognitionOf } from './earlier-contacts-section';
import { inquirer } from './inquirer-fixtures';

const Inquiry = 'IR-CURRENTXXXXX';

/** The workdesk's inquirer API as the section sees it: the fixture's answers, every call recorded with its body. */
function inquirerApi(view: InquirerView = inquirer) {
  const { fetch, calls } = workdeskDouble(({ method, url }) => {
    if (url === `/api/inquiries/${Inquiry}/inquirer` && method === 'GET') return answerJson(view);
    if (url.startsWith(`/api/inquiries/${Inquiry}/inquirer/`) && method === 'POST') return answerJson(view);
    if (url === '/api/inquirer-suggestions/sug-1/confirm') return answerJson(view);
    if (url === '/api/inquirer-suggestions/sug-1/reject') return Promise.resolve(new Response(null, { status: 204 }));
    if (url === `/api/inquirers/${view.inquirerId}/erase`) return answerJson({ erasedInquiries: 3 });
    if (url === `/api/inquirers/${view.inquirerId}/export`) return answerJson({ inquirerId: view.inquirerId, inquiries: [] });
    return notHere();
  });
  return { fetch, calls, posted: () => calls.filter((c) => c.method === 'POST') };
}

function renderSection(roles: Role[], onChanged = vi.fn(() => Promise.resolve())) {
  signIn('ola', roles);
  renderInConsole(<EarlierContactsSection inquiryId={Inquiry} onChanged={onChanged} />);
  return onChanged;
}

/** The section, once the person is in. */
async function section(): Promise<HTMLElement> {
  await screen.findByTestId('inquirer-match');
  return screen.getByRole('region', { name: 'Earlier contacts' });
}

/** A Blob's text (jsdom's Blob has no `text()`). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('EarlierContactsSection', () => {
  let api: ReturnType<typeof inquirerApi>;
  beforeEach(() => {
    api = inquirerApi();
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(resetConsole);

  it('says how the person was recognised and lists their other contacts newest first, each leading to its inquiry', async () => {
    renderSection(['adviser']);
    const region = await section();
    await within(region).findByText('Recognised by email address and phone number.');
    const table = within(region).getByRole('table', { name: 'Contacts of the same person, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['earlier-contact-IR-NEWERBBBBBBB', 'earlier-contact-IR-OLDERAAAAAAA']);
    const [newer, older] = rows;
    expect(within(newer).getByRole('link', { name: 'IR-NEWERBBBBBBB' }).getAttribute('href')).toBe('/inquiries/IR-NEWERBBBBBBB');
    expect(newer.textContent).toContain('Agency skd');
    expect(newer.textContent).toContain('Forwarded 02/01/2026, 13:01');
    expect(newer.textContent).toContain('Linked by an adviser or through another contact');
    expect(within(older).getByRole('link', { name: 'Innlogging med BankID' }).getAttribute('href')).toBe('/inquiries/IR-OLDERAAAAAAA');
    expect(older.textContent).toContain('Phone');
    expect(older.textContent).toContain('First line (Login)');
    expect(older.textContent).toContain('Resolved 01/12/2025, 11:30');
    expect(older.textContent).toContain('phone number');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Inquiry', 'Channel', 'Received', 'Went to', 'Outcome', 'Shared with this one']);
  });

  it('confirms a quoted reference, and shows only the open ones', async () => {
    const onChanged = renderSection(['adviser']);
    const region = await section();
    const suggestions = within(region).getByRole('list', { name: 'Suggested links' });
    expect(within(suggestions).getAllByRole('listitem')).toHaveLength(1);
    await act(async () => void fireEvent.click(within(suggestions).getByRole('button', { name: 'Confirm IR-QUOTEDCCCCCC' })));
    await within(region).findByText('The link is confirmed: the inquiry now belongs to the same person as IR-QUOTEDCCCCCC.');
    expect(api.posted()).toEqual([{ method: 'POST', url: '/api/inquirer-suggestions/sug-1/confirm', body: {} }]);
    expect(onChanged).toHaveBeenCalled();
  });

  it('rejects a quoted reference', async () => {
    renderSection(['supervisor']);
    const region = await section();
    await act(async () => void fireEvent.click(within(region).getByRole('button', { name: 'Reject IR-QUOTEDCCCCCC' })));
    await within(region).findByText('The suggestion of IR-QUOTEDCCCCCC is rejected.');
    expect(api.posted().map((c) => c.url)).toEqual(['/api/inquirer-suggestions/sug-1/reject']);
  });

  it('merges another inquiry’s person after asking in a dialog, which takes focus and gives it back', async () => {
    renderSection(['adviser']);
    const region = await section();
    const open = within(region).getByRole('button', { name: 'Merge with another person' });
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Merge with another person' });
    expect(dialog.getAttribute('aria-describedby')).toBe('inquirer-merge-explanation');
    const reference = within(dialog).getByLabelText('The reference of an inquiry of the other person');
    expect(document.activeElement).toBe(reference);

    // Its own reference is refused in the dialog, and nothing is sent.
    fireEvent.change(reference, { target: { value: Inquiry } });
    fireEvent.change(within(dialog).getByLabelText('Reason (logged)'), { target: { value: 'Same person, new address' } });
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Merge' }).closest('form')!);
    expect(within(dialog).getByRole('alert').textContent).toBe('Enter the reference of an inquiry other than this one.');
    expect(api.posted()).toEqual([]);

    fireEvent.change(reference, { target: { value: ' IR-OTHERPERSONN ' } });
    await act(async () => void fireEvent.submit(within(dialog).getByRole('button', { name: 'Merge' }).closest('form')!));
    await within(region).findByText('The persons are merged.');
    expect(api.posted()).toEqual([
      {
        method: 'POST',
        url: `/api/inquiries/${Inquiry}/inquirer/merge`,
        body: { otherInquiryId: 'IR-OTHERPERSONN', note: 'Same person, new address' },
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('splits the inquiry off only with a note', async () => {
    renderSection(['adviser']);
    const region = await section();
    fireEvent.click(within(region).getByRole('button', { name: 'Split this inquiry off' }));
    const dialog = screen.getByRole('dialog', { name: 'Split this inquiry off' });
    const form = within(dialog).getByRole('button', { name: 'Split off' }).closest('form')!;
    fireEvent.submit(form);
    expect(api.posted()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Reason (logged)'), { target: { value: 'Two people share the address' } });
    await act(async () => void fireEvent.submit(form));
    await within(region).findByText('The inquiry is split off as a person of its own.');
    expect(api.posted()).toEqual([
      { method: 'POST', url: `/api/inquiries/${Inquiry}/inquirer/split`, body: { note: 'Two people share the address' } },
    ]);
  });

  it('cancels a dialog without sending anything', async () => {
    renderSection(['adviser']);
    const region = await section();
    const open = within(region).getByRole('button', { name: 'Split this inquiry off' });
    open.focus();
    fireEvent.click(open);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(api.posted()).toEqual([]);
  });

  it('gives supervisors the read log and audit, the export, and erasure after a dialog with a note', async () => {
    const onChanged = renderSection(['supervisor']);
    const region = await section();
    expect(within(region).getByRole('link', { name: 'Read log and audit' }).getAttribute('href')).toBe(
      `/inquirers/${inquirer.inquirerId}?inquiry=${Inquiry}`,
    );
    fireEvent.click(within(region).getByRole('button', { name: 'Erase the personal data' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase the personal data' });
    expect(within(dialog).getByText(/cannot be undone/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Reason (logged)'));
    fireEvent.change(within(dialog).getByLabelText('Reason (logged)'), { target: { value: 'Request by the person, ref 2026-17' } });
    await act(async () => void fireEvent.submit(within(dialog).getByRole('button', { name: 'Erase' }).closest('form')!));
    await within(region).findByText('The personal data is erased from 3 inquiries.');
    expect(api.posted()).toEqual([
      { method: 'POST', url: `/api/inquirers/${inquirer.inquirerId}/erase`, body: { note: 'Request by the person, ref 2026-17' } },
    ]);
    expect(onChanged).toHaveBeenCalled();
  });

  it('exports everything on the person as a JSON download', async () => {
    // jsdom makes no object URLs and saves no files: the download's content and its link's click are caught here.
    const created: Blob[] = [];
    class CatchingURL extends URL {
      static createObjectURL = (blob: Blob) => (created.push(blob), 'blob:export');
      static revokeObjectURL = () => undefined;
    }
    vi.stubGlobal('URL', CatchingURL);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderSection(['supervisor']);
    const region = await section();
    await act(async () => void fireEvent.click(within(region).getByRole('button', { name: 'Export everything on the person (JSON)' })));
    await within(region).findByText('The export is downloaded.');
    expect(clicked).toHaveBeenCalled();
    expect(JSON.parse(await textOf(created[0]))).toEqual({ inquirerId: inquirer.inquirerId, inquiries: [] });
    clicked.mockRestore();
  });

  it('keeps the read log, the export and erasure from advisers', async () => {
    renderSection(['adviser']);
    const region = await section();
    await within(region).findByText('Recognised by email address and phone number.');
    expect(within(region).queryByRole('link', { name: 'Read log and audit' })).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Erase the personal data' })).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Export/ })).toBeNull();
  });

  it('shows agency users nothing, and asks the workdesk nothing', async () => {
    renderSection(['agency']);
    await act(() => Promise.resolve());
    expect(screen.queryByRole('region')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('says so when there are no other contacts, and offers no split', async () => {
    api = inquirerApi({ inquirerId: 'p-2', match: { by: 'new', at: '2026-01-04T08:05:00.000Z' }, contacts: [], suggestions: [] });
    vi.stubGlobal('fetch', api.fetch);
    renderSection(['adviser']);
    const region = await section();
    await within(region).findByText('A new person: no earlier contact matched.');
    expect(within(region).getByText('No other contacts of the same person.')).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Split this inquiry off' })).toBeNull();
    await waitFor(() => expect(within(region).queryByRole('table')).toBeNull());
  });
});

describe('recognitionOf', () => {
  const i18n = (locale: Locale) => formattersOf(createIntl(intlConfig(locale)));

  it('names the keys that matched, in the reader’s language', () => {
    const match: InquirerMatchView = { by: 'keys', keys: ['email', 'national-id'], inquiries: [], at: '2026-01-04T08:05:00.000Z' };
    expect(recognitionOf(match, i18n('nb'))).toBe('Kjent igjen på e-postadresse og fødselsnummer.');
    expect(recognitionOf(match, i18n('nn'))).toBe('Kjend att på e-postadresse og fødselsnummer.');
  });

  it('says who linked, merged or split, and when', () => {
    const at = '2026-01-04T08:05:00.000Z';
    expect(recognitionOf({ by: 'adviser', actor: 'kari', action: 'merged', at }, i18n('nb'))).toBe(
      'Slått sammen av kari 04.01.2026, 09:05.',
    );
    expect(recognitionOf({ by: 'adviser', actor: 'kari', action: 'link-confirmed', at }, i18n('en'))).toBe(
      'Linked to the person by kari on 04/01/2026, 09:05.',
    );
    expect(recognitionOf({ by: 'adviser', actor: 'kari', action: 'split', at }, i18n('nn'))).toBe(
      'Skild ut som eigen person av kari 04.01.2026, 09:05.',
    );
    expect(recognitionOf(null, i18n('en'))).toBe('Not recognised: the inquiry belongs to no person.');
  });
});

// End to end: the development Sent page against the whole system (e2e/support/e2e-system.ts, with
// the local sinks as npm start runs them in development) in headless Chromium. Kari writes over
// SMTP and gets a receipt; a first-line adviser takes her inquiry with "next inquiry" and answers
// it; the adviser opens Sent from the menu and finds both the receipt and the answer there, in
// Kari's thread and linked to her inquiry, and follows the link. axe-core finds nothing serious.
import type { Locator, Page } from 'playwright-core';
import { eventually } from '@inquiry-router/testing';
import { sendMail } from '../tools/demo/channels/send-mail';
import { describeViolations, invisibleFocus, seriousViolations } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { becomeAvailable, sendByShortcut, text, textBecomes } from './support/console-pages';
import { E2eSystem } from './support/e2e-system';
import { screenshot } from './support/screenshots';

/** The names the page is found by (bokmål as the console shows by default, English accepted). */
const names = {
  sent: /^(sendt|sent)$/i,
  refresh: /^(oppdater|refresh)$/i,
  channel: /^(kanal|channel)$/i,
};

describe('the development Sent page', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);

  beforeAll(async () => {
    await system.start();
    await browser.launch();
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  /**
   * The row of the Sent page whose subject says `subject` and whose channel says `purpose`, once it
   * is there (the page is refreshed until then). The purpose comes from the message's history row,
   * which is recorded just after the sink has the message, so a row may first show without it.
   */
  const rowOf = (page: Page, subject: RegExp, purpose: RegExp): Promise<Locator> =>
    eventually(
      async () => {
        const row = page
          .getByRole('row')
          .filter({ has: page.getByTestId('sent-subject').filter({ hasText: subject }) })
          .filter({ has: page.getByTestId('sent-channel').filter({ hasText: purpose }) });
        if ((await row.count()) === 1) return row;
        await page.getByRole('button', { name: names.refresh }).click();
        return undefined;
      },
      30_000,
      `a row on the Sent page with ${subject} and ${purpose}`,
    );

  it('shows the receipt and an adviser’s answer to a mail, in its thread and linked to its inquiry; axe-core clean', async () => {
    const kari = `kari.nordmann.${system.pipeline.id}@example.no`;
    const mail = await sendMail(
      { host: '127.0.0.1', port: system.smtpPort },
      {
        fromName: 'Kari Nordmann',
        from: kari,
        to: 'brukerservice@altinn.example',
        subject: 'Får ikke logget inn',
        text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Jeg får feilmelding hver gang.\n\nHilsen Kari',
      },
    );
    const id = mail.inquiryId;
    await system.waitInQueue(id, 'first-line');

    // A first-line adviser takes it with "next inquiry" (N) and answers it (A, Ctrl+Enter).
    const adviser = await browser.signIn(await system.anAdviser('sent', ['first-line']));
    const page = adviser.page;
    await becomeAvailable(page);
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('n');
    await page.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
    await textBecomes(page.getByTestId('inquiry-status'), /under arbeid|in progress/i, 'the inquiry accepted');
    await page.getByRole('heading', { level: 1 }).focus();
    await sendByShortcut(
      page,
      'a',
      text.answerText,
      'Hei Kari! Logg inn med BankID på nytt nå, så skal det virke.',
      'the answer field focused',
    );
    await textBecomes(page.getByTestId('inquiry-status'), /løst|resolved/i, 'the inquiry answered and resolved');

    // Sent, from the menu (a development tool the workdesk offers outside production).
    await page.getByRole('navigation').getByRole('link', { name: names.sent }).click();
    await page.getByRole('heading', { level: 1, name: names.sent }).waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/development/sent');
    const answer = await rowOf(page, new RegExp(`^Re: Får ikke logget inn \\[${id}\\]`), / · (Svar|Answer)$/);
    const receipt = await rowOf(page, new RegExp(`^Vi har mottatt henvendelsen din \\[${id}\\]`), / · (Kvittering|Receipt)$/);
    for (const row of [answer, receipt]) {
      expect(await row.getByRole('cell', { name: kari, exact: true }).count()).toBe(1);
      // Its thread (her mail opened the conversation) and its inquiry, linked.
      expect(await row.getByRole('cell', { name: id, exact: true }).count()).toBe(2);
      expect(await row.getByRole('link', { name: id, exact: true }).getAttribute('href')).toBe(`/inquiries/${id}`);
    }
    expect(await answer.getByTestId('sent-channel').textContent()).toMatch(/^(E-post|Email)SMTP · (Svar|Answer)$/);
    expect(await receipt.getByTestId('sent-channel').textContent()).toMatch(/^(E-post|Email)SMTP · (Kvittering|Receipt)$/);
    // The answer's text, opened by keyboard.
    await answer.getByTestId('sent-subject').locator('summary').focus();
    await page.keyboard.press('Enter');
    await answer.getByText('Logg inn med BankID på nytt nå').waitFor();

    // Only the mail channel: the rows stay, the filter is a plain labelled select.
    await page.getByLabel(names.channel).selectOption('email');
    await textBecomes(page.getByTestId('sent-count'), /[1-9]/, 'the mail channel listed');

    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect(describeViolations('sent', await seriousViolations(page))).toBe('');
    await screenshot(page, 'sent');
    expect(await invisibleFocus(page)).toEqual([]);

    // The link leads to the inquiry.
    await answer.getByRole('link', { name: id, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
  }, 240_000);
});

// End to end: knowing the inquirer in the console, against the whole system (e2e/support/e2e-system.ts)
// in headless Chromium. Ola writes twice from one email address, about two different things; the
// router recognises the second mail as his by the address. A supervisor opens the second inquiry:
// the earlier contact is there, says it was recognised by the email address and leads to its own
// page; the erasure's dialog takes focus and gives it back. The search page finds the first inquiry
// by a word of its text, keeps the search in the address across a reload, and leads to the inquiry.
// axe-core finds nothing serious on either page, nor with the dialog open.
import { eventually } from '@inquiry-router/testing';
import { OutgoingMail, sendMail } from '../tools/demo/channels/send-mail';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

/** The names the pages are found by (bokmål as the console shows by default, English accepted). */
const names = {
  earlierContacts: /^(tidligere henvendelser|earlier contacts)$/i,
  recognisedByEmail: /^(kjent igjen på e-postadresse|recognised by email address)/i,
  erase: /^(slett personopplysningene|erase the personal data)$/i,
  note: /^(begrunnelse \(logges\)|reason \(logged\))$/i,
  search: /^(søk|search)$/i,
  searchHeading: /^(søk i henvendelser|search inquiries)$/i,
  words: /^(ord i teksten|words in the text)$/i,
  results: /^(treff|results)$/i,
};

/** A distinctive word of the first mail's text, in none of the second's. */
const Word = 'skattemeldingen';

describe('knowing the inquirer in the console', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let first = '';
  let second = '';

  const ola = () => `ola.nordmann.${system.pipeline.id}@example.no`;
  /** Ola's mail to the support mailbox, over SMTP; resolves once the system has recorded it. */
  const aMailFromOla = async (mail: Pick<OutgoingMail, 'subject' | 'text'>) => {
    const sent = await sendMail(
      { host: '127.0.0.1', port: system.smtpPort },
      { fromName: 'Ola Nordmann', from: ola(), to: 'brukerservice@altinn.example', ...mail },
    );
    await eventually(async () => system.inquiry(sent.inquiryId), 30_000, `${sent.inquiryId} recorded`);
    return sent.inquiryId;
  };

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    first = await aMailFromOla({
      subject: 'Skattemeldingen lar seg ikke sende inn',
      text: `Hei,\n\njeg får ikke sendt inn ${Word} i portalen. Knappen gjør ingenting.\n\nHilsen Ola`,
    });
    second = await aMailFromOla({
      subject: 'Får ikke logget inn',
      text: 'Hei igjen,\n\nnå får jeg heller ikke logget inn med BankID. Det kommer en feilmelding.\n\nHilsen Ola',
    });
    // The router recognises the second mail as Ola's by his address.
    await eventually(
      async () => {
        const rows = await system.db.query<{ id: string; inquirer_id: string | null }[]>(
          `SELECT id, inquirer_id FROM inquiries WHERE id = ANY($1)`,
          [[first, second]],
        );
        const person = (id: string) => rows.find((r) => r.id === id)?.inquirer_id;
        return person(first) && person(first) === person(second) ? true : undefined;
      },
      30_000,
      `${second} recognised as the person of ${first}`,
    );
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('the inquiry page shows the earlier contact of the same person, leading to it; the erasure asks in a dialog; axe-core clean', async () => {
    const page = (await browser.signIn(supervisorUser)).page;
    await page.goto(system.url(`/inquiries/${encodeURIComponent(second)}`));
    const section = page.getByRole('region', { name: names.earlierContacts });
    const earlier = section.getByTestId(`earlier-contact-${first}`);
    await earlier.waitFor({ timeout: 15_000 });
    await textBecomes(section.getByTestId('inquirer-match'), names.recognisedByEmail, 'how Ola was recognised');
    expect(await earlier.textContent()).toContain('Skattemeldingen lar seg ikke sende inn');
    expect(await earlier.textContent()).toMatch(/e-postadresse|email address/i);
    expect(await section.getByTestId(`earlier-contact-${second}`).count()).toBe(0);
    await expectAxeClean(page, 'inquiry-earlier-contacts');
    await screenshot(page, 'inquiry-earlier-contacts');

    // Erasing asks first, in a dialog that takes focus to its note and gives it back when cancelled.
    const erase = section.getByRole('button', { name: names.erase });
    await erase.click();
    const dialog = page.getByRole('dialog', { name: names.erase });
    await dialog.waitFor();
    expect(await dialog.getByLabel(names.note).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAxeClean(page, 'erase-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await erase.evaluate((el) => el === document.activeElement)).toBe(true);

    // The earlier contact leads to its own page, where this one is the earlier contact.
    await earlier.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/inquiries/${first}`);
    await page.getByRole('region', { name: names.earlierContacts }).getByTestId(`earlier-contact-${second}`).waitFor({ timeout: 15_000 });
  }, 120_000);

  it('the search page finds an inquiry by a word of its text, keeps the search across a reload, and leads to it; axe-core clean', async () => {
    const page = (await browser.signIn(supervisorUser)).page;
    await page.getByRole('navigation').getByRole('link', { name: names.search }).click();
    await page.waitForURL((url) => url.pathname === '/search');
    await page.getByRole('heading', { level: 1, name: names.searchHeading }).waitFor();
    await expectAxeClean(page, 'search-form');

    await page.getByLabel(names.words).fill(Word);
    await page.getByRole('search').getByRole('button', { name: names.search }).click();
    const results = page.getByRole('region', { name: names.results });
    await results.getByTestId(`search-hit-${first}`).waitFor({ timeout: 15_000 });
    expect(await results.getByTestId(`search-hit-${second}`).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(Word);
    await expectAxeClean(page, 'search');
    await screenshot(page, 'search');

    // The search is in the address: a reload shows the same hits.
    await page.reload();
    await page.getByRole('region', { name: names.results }).getByTestId(`search-hit-${first}`).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel(names.words).inputValue()).toBe(Word);

    await page.getByRole('link', { name: first }).click();
    await page.waitForURL((url) => url.pathname === `/inquiries/${first}`);
  }, 120_000);
});

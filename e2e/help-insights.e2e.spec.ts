// End to end: help-page insights in the console, against the whole system (e2e/support/e2e-system.ts)
// in headless Chromium. Last week's questions about BankID and about attachments are written into
// the system's database; an editor adds the BankID page to the catalogue in the console, then opens
// the report: the BankID topic is answered by that page, the attachments topic is a gap. axe-core
// finds nothing serious on either page.
import { DateTime } from 'luxon';
import { freshId } from '@inquiry-router/testing';
import {
  questionOf,
  recordContacts,
  seeded,
  themes,
  type GeneratedContact,
} from '../apps/workdesk/src/help-insights/testing/question-history';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import type { ConsoleUser } from './support/console-pages';
import { E2eSystem } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const names = {
  url: /^(adresse \(url\)|address \(url\))$/i,
  title: /^(tittel|title)$/i,
  keywords: /^(stikkord|keywords)/i,
  add: /^(legg til|add)$/i,
  catalogue: /^(katalogen|the catalogue)$/i,
};

describe('help-page insights in the console', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  /** The editor the first test signs in; the report is read as them. */
  let editor: ConsoleUser;

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    // Last full week (the report's default), Oslo time: 20 BankID questions and 20 about uploading attachments.
    const monday = DateTime.now().setZone('Europe/Oslo').startOf('week').minus({ weeks: 1 });
    const random = seeded(7);
    const contacts: GeneratedContact[] = [];
    for (const theme of [themes[0], themes[2]])
      for (let k = 0; k < 20; k++) {
        const id = freshId('e2e-hi');
        contacts.push({
          id,
          category: theme.category,
          theme: theme.name,
          text: questionOf(theme, random),
          receivedAt: monday.plus({ hours: 8 + k * 6 }).toJSDate(),
          resolved: true,
          handleMinutes: 12,
          inquirerId: null,
          threadId: id,
        });
      }
    await recordContacts(system.db, contacts);
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('an editor adds a help page to the catalogue; the page is axe-core clean', async () => {
    editor = await browser.signIn({ username: 'editor', password: 'editor' });
    const page = editor.page;
    await page.goto(system.url('/help-pages'));
    await page.getByLabel(names.url).fill('https://portal.example/hjelp/bankid');
    await page.getByLabel(names.title).fill('Logge inn med BankID');
    await page.getByLabel(names.keywords).fill('bankid, innlogging, feilmelding');
    await page.getByRole('button', { name: names.add }).click();
    await page
      .getByRole('region', { name: names.catalogue })
      .getByRole('link', { name: 'Logge inn med BankID' })
      .waitFor({ timeout: 15_000 });
    await expectAxeClean(page, 'help-pages');
    await screenshot(page, 'help-pages');
  });

  it('the report shows the BankID topic answered by the page and the attachments topic as a gap; axe-core clean', async () => {
    const page = editor.page;
    await page.goto(system.url('/help-insights'));
    const clusters = page.getByTestId('insights-cluster');
    await clusters.first().waitFor({ timeout: 30_000 });
    // Each topic by its words (its heading) and its page or gap.
    const topics = await Promise.all(
      (await clusters.all()).map(async (cluster) => ({
        words: (await cluster.locator('h3').textContent()) ?? '',
        page: (await cluster.getByTestId('cluster-page').textContent()) ?? '',
      })),
    );
    const bankid = topics.filter((topic) => /bankid/i.test(topic.words));
    const attachments = topics.filter((topic) => /vedlegg/i.test(topic.words));
    expect(bankid.length).toBeGreaterThanOrEqual(1);
    expect(attachments.length).toBeGreaterThanOrEqual(1);
    for (const topic of bankid) expect(topic.page).toContain('Logge inn med BankID');
    for (const topic of attachments) expect(topic.page).toMatch(/ingen hjelpeside|no help page/i);
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    // The categories by their Norwegian names, not their codes.
    await page.getByRole('heading', { level: 2, name: 'Innlogging' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vedlegg' }).waitFor();
    await expectAxeClean(page, 'help-insights');
    await screenshot(page, 'help-insights');
  });
});

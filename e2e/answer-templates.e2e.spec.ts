// End to end: saved answers in the console, against the whole system (e2e/support/e2e-system.ts)
// in headless Chromium. An editor adds a saved answer about login with a help-page link on the
// editors' page; Kari writes about login over SMTP; a first-line adviser takes her inquiry with
// "next inquiry", picks the saved answer in the answer form (filled with her name, the reference
// and the help page), adds a line and sends it. The answer is resolved and the template's use
// recorded. axe-core finds nothing serious on the editors' page nor in the answer form.
import { mailFromKari } from './support/kari';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { becomeAvailable, textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const editorUser: SignInUser = { username: 'editor', password: 'editor' };
const HelpPage = 'https://info.altinn.example/hjelp/innlogging/';

/** The names the pages are found by (bokmål as the console shows by default, English accepted). */
const names = {
  heading: /^(standardsvar|saved answers)$/i,
  title: /^(tittel|title)$/i,
  language: /^(språk|language)$/i,
  category: /^(kategori|category)$/i,
  body: /^(tekst|text)$/i,
  helpPage: /^(lenke til hjelpesiden|link to the help page)/i,
  add: /^(legg til|add)$/i,
  form: /^(nytt standardsvar|new saved answer)$/i,
  answer: /^(svar|answer)$/i,
  picker: /^(standardsvar|saved answer)$/i,
  use: /^(bruk|use)$/i,
  answerText: /^(svar til innbyggeren|answer to the citizen)$/i,
  send: /^(send svar|send answer)$/i,
};

describe('saved answers in the console', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  const title = 'Innlogging med BankID feiler';

  beforeAll(async () => {
    await system.start();
    await browser.launch();
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('an editor adds a saved answer, and an adviser answers an inquiry with it; axe-core clean', async () => {
    // The editor opens the editors' page from the menu and adds the saved answer.
    const editor = (await browser.signIn(editorUser)).page;
    await editor.getByRole('navigation').getByRole('link', { name: names.heading }).click();
    await editor.getByRole('heading', { level: 1, name: names.heading }).waitFor({ timeout: 15_000 });
    expect(new URL(editor.url()).pathname).toBe('/answer-templates');
    const form = editor.getByRole('region', { name: names.form });
    await form.getByLabel(names.title).fill(title);
    await form.getByLabel(names.language).selectOption('nb');
    await form.getByLabel(names.category).selectOption('login');
    await form
      .getByLabel(names.body)
      .fill('Hei {name}!\n\nPrøv å logge inn på nytt med BankID, se {helpPage}.\n\nHilsen brukerservice ({reference})');
    await form.getByLabel(names.helpPage).fill(HelpPage);
    await form.getByRole('button', { name: names.add }).click();
    const row = editor.getByRole('row').filter({ hasText: title });
    await row.waitFor({ timeout: 10_000 });
    // The Norwegian console names the category and language, not their codes.
    expect(await row.getByRole('cell', { name: 'Bokmål', exact: true }).count()).toBe(1);
    expect(await row.getByRole('cell', { name: 'Innlogging', exact: true }).count()).toBe(1);
    const [template] = await system.db.query<{ id: string }[]>(`SELECT id FROM answer_templates WHERE title = $1`, [title]);
    expect(template).toBeDefined();
    await expectAxeClean(editor, 'answer-templates');
    await screenshot(editor, 'answer-templates');

    // Kari writes about login; a first-line adviser takes it with "next inquiry" (N).
    const sent = await mailFromKari(system, {
      subject: 'Får ikke logget inn',
      text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Jeg får feilmelding hver gang.\n\nHilsen Kari',
    });
    const id = sent.inquiryId;
    await system.waitInQueue(id, 'first-line');
    const adviser = (await browser.signIn(await system.anAdviser('templates', ['first-line']))).page;
    await becomeAvailable(adviser);
    await adviser.getByRole('heading', { level: 1 }).focus();
    await adviser.keyboard.press('n');
    await adviser.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
    await textBecomes(adviser.getByTestId('inquiry-status'), /under arbeid|in progress/i, 'the inquiry accepted');

    // The answer form: the saved answer fills the text, which the adviser adds to and sends.
    await adviser.getByRole('button', { name: names.answer }).click();
    const picker = adviser.getByLabel(names.picker);
    await picker.locator('option', { hasText: title }).waitFor({ state: 'attached', timeout: 10_000 });
    await picker.selectOption(template.id);
    await adviser.getByRole('button', { name: names.use }).click();
    await adviser.getByTestId('template-filled').waitFor();
    const answer = adviser.getByLabel(names.answerText);
    const filled = `Hei Kari Nordmann!\n\nPrøv å logge inn på nytt med BankID, se ${HelpPage}.\n\nHilsen brukerservice (${id})`;
    expect(await answer.inputValue()).toBe(filled);
    await expectAxeClean(adviser, 'answer-with-template');
    await screenshot(adviser, 'answer-with-template');
    await answer.fill(`${filled}\n\nPS: Tøm gjerne nettleserens hurtigbuffer først.`);
    await adviser.getByRole('button', { name: names.send }).click();
    await textBecomes(adviser.getByTestId('inquiry-status'), /løst|resolved/i, 'the inquiry resolved');

    const uses = await system.db.query<{ template_id: string; used_by: string }[]>(
      `SELECT template_id, used_by FROM answer_template_uses WHERE inquiry_id = $1`,
      [id],
    );
    expect(uses).toEqual([{ template_id: template.id, used_by: `templates-${system.pipeline.id}` }]);
  }, 180_000);
});

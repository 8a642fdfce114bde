// End to end: what inquirers say afterwards, against the whole system (e2e/support/e2e-system.ts) in
// headless Chromium. Kari writes by email; an adviser answers and resolves her inquiry; the workdesk
// sends her the satisfaction survey, whose link opens the public survey page (no sign-in), where she
// gives a score and a comment with her phone number in it. A supervisor's satisfaction page shows
// the answer in its queue's row and the comment with the number masked. axe-core finds nothing
// serious on either page.
import { eventually } from '@inquiry-router/testing';
import { kariAddress, mailFromKari } from './support/kari';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

const names = {
  satisfaction: /^(tilfredshet|satisfaction)$/i,
  heading: /^(tilfredshet og ventetid|satisfaction and waiting time)$/i,
  byQueue: /^(per kø|per queue)$/i,
  comments: /^(kommentarer|comments)$/i,
  fourOfFive: /^4 – (fornøyd|satisfied)$/i,
  comment: /^(kommentar \(valgfritt\)|comment \(optional\))$/i,
  send: /^(send svar|send answer)$/i,
};

describe('what inquirers say afterwards', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let inquiryId = '';
  let surveyLink = '';
  let queue = '';

  const call = async <T>(path: string, token: string | null, body?: unknown): Promise<T> => {
    const res = await fetch(system.url(path), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    const sent = await mailFromKari(system, {
      subject: 'Får ikke logget inn',
      text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Det kommer en feilmelding.\n\nHilsen Kari',
    });
    inquiryId = sent.inquiryId;
    const waiting = await eventually(
      async () => {
        const row = await system.inquiry(inquiryId);
        return row?.status === 'queued' && row.queue ? row : undefined;
      },
      60_000,
      `${inquiryId} queued`,
    );
    queue = waiting.queue!;
    // An adviser of its queue answers and resolves it.
    const adviser = await system.anAdviser('rosa', ['first-line', 'second-line']);
    const { token } = await call<{ token: string }>('/api/auth/login', null, adviser);
    const claimed = await call<{ inquiry: { id: string } }>(`/api/queues/${queue}/claim`, token, {});
    expect(claimed.inquiry.id).toBe(inquiryId);
    await call(`/api/inquiries/${inquiryId}/accept`, token, {});
    await call(`/api/inquiries/${inquiryId}/answer`, token, { text: 'Prøv å logge inn med BankID på nytt.', resolve: true });
    surveyLink = await eventually(
      async () => {
        const survey = system.mailTo(kariAddress(system)).find((m) => /\/survey\?token=/.test(m.text));
        return survey ? /(http\S+\/survey\?token=\S+)/.exec(survey.text)?.[1] : undefined;
      },
      60_000,
      'the survey mail',
    );
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('the public survey page takes a score and a comment without sign-in; axe-core clean', async () => {
    const context = await browser.chromium.newContext();
    const page = await context.newPage();
    try {
      await page.goto(surveyLink);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.textContent('body')).toContain(inquiryId);
      await expectAxeClean(page, 'survey-page');
      await screenshot(page, 'survey-page');
      await page.getByRole('radio', { name: names.fourOfFive }).check();
      await page.getByLabel(names.comment).fill('Raskt og greit svar. Ring meg gjerne på 91234567.');
      await page.getByRole('button', { name: names.send }).click();
      await textBecomes(page.getByRole('status'), /takk for svaret|thank you/i, 'the answer recorded');
      await expectAxeClean(page, 'survey-thanks');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the satisfaction page shows the answer in its queue and the comment masked, for a supervisor; axe-core clean', async () => {
    const user = await browser.signIn(supervisorUser);
    const page = user.page;
    await page.getByRole('navigation').getByRole('link', { name: names.satisfaction }).click();
    await page.waitForURL((url) => url.pathname === '/satisfaction');
    await page.getByRole('heading', { level: 1, name: names.heading }).waitFor();
    const row = page.getByRole('region', { name: names.byQueue }).getByTestId(`satisfaction-queue-${queue}`);
    await row.waitFor({ timeout: 15_000 });
    // Resolved 1, sent 1, answers 1, average 4, response rate 100 %.
    expect((await row.textContent())!.replace(/\s+/g, ' ')).toMatch(/1.*1.*1.*4.*100\s?%/);
    const comments = page.getByRole('region', { name: names.comments });
    await textBecomes(comments, /Ring meg gjerne på \*\*\*67/, 'the comment, its number masked');
    expect(await comments.textContent()).not.toContain('91234567');
    await expectAxeClean(page, 'satisfaction');
    await screenshot(page, 'satisfaction');
  }, 120_000);
});

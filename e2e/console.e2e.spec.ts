// End to end: the whole system as processes (e2e/support/e2e-system.ts) and the console in
// headless Chromium. An email sent over SMTP is queued in the first line; a first-line adviser
// takes it with "next inquiry", reads the decision's reasons and escalates it; a second-line
// adviser answers and resolves it, and the answer reaches the local SMTP sink; meanwhile a
// supervisor's dashboard counts move without a reload. Then every page is checked with axe-core
// and for visible focus, and a screenshot of each main screen is saved under
// test-artifacts/screenshots/.
import { eventually } from '@inquiry-router/testing';
import { OutgoingMail, sendMail } from '../tools/demo/channels/send-mail';
import { describeViolations, invisibleFocus, seriousViolations } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { becomeAvailable, countBecomes, numberIn, sendByShortcut, tabTo, text, textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

describe('the advisers’ console and the supervisors’ dashboard', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let firstLine: SignInUser;
  let secondLine: SignInUser;

  const kari = () => `kari.nordmann.${system.pipeline.id}@example.no`;
  /** Kari's mail to the support mailbox, over SMTP; resolves once the system has recorded it. */
  const aMailFromKari = async (mail: Pick<OutgoingMail, 'subject' | 'text' | 'attachments'>) => {
    const sent = await sendMail(
      { host: '127.0.0.1', port: system.smtpPort },
      { fromName: 'Kari Nordmann', from: kari(), to: 'brukerservice@altinn.example', ...mail },
    );
    await eventually(async () => system.inquiry(sent.inquiryId), 30_000, `${sent.inquiryId} recorded`);
    return sent;
  };

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    firstLine = await system.anAdviser('first', ['first-line']);
    secondLine = await system.anAdviser('second', ['second-line']);
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('takes an email from SMTP through the first line, an escalation and the second line to an answer in the sender’s mailbox, while the dashboard follows live', async () => {
    // The supervisor watches the dashboard; a marker on the window shows it is never reloaded.
    const supervisor = await browser.signIn(supervisorUser);
    const dashboard = supervisor.page;
    expect(new URL(dashboard.url()).pathname).toBe('/dashboard');
    await textBecomes(dashboard.getByTestId('live-state'), /direkte|live/i, 'the live stream connected');
    await dashboard.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const waitingFirst = dashboard.getByTestId('waiting-first-line');
    const waitingSecond = dashboard.getByTestId('waiting-second-line');
    const firstBefore = await numberIn(waitingFirst);
    const secondBefore = await numberIn(waitingSecond);

    // Someone writes to the support mailbox.
    const mail = await aMailFromKari({
      subject: 'Får ikke logget inn',
      text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Jeg får feilmelding hver gang. Hva gjør jeg?\n\nHilsen Kari',
    });
    expect(mail.response).toMatch(/^250 .*Received as IR-/);
    const id = mail.inquiryId;

    // It is decided for the first line and waits there; the dashboard counts it without a reload.
    await system.waitInQueue(id, 'first-line');
    await countBecomes(waitingFirst, (n) => n === firstBefore + 1, 'the first-line count to go up');
    await screenshot(dashboard, 'dashboard');

    // The first-line adviser signs in, becomes available and presses N (next inquiry: claim and accept).
    const adviser1 = await browser.signIn(firstLine);
    const work1 = adviser1.page;
    expect(new URL(work1.url()).pathname).toBe('/work');
    await becomeAvailable(work1);
    await screenshot(work1, 'work');
    await work1.getByRole('heading', { level: 1 }).focus();
    await work1.keyboard.press('n');
    await work1.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
    await textBecomes(work1.getByTestId('inquiry-status'), /under arbeid|in progress/i, 'the inquiry accepted');
    expect(await system.inquiry(id)).toMatchObject({ status: 'claimed', assigned_to: firstLine.username });

    // They see where it was sent and why.
    expect(await work1.getByTestId('decision-target').textContent()).toMatch(/førstelinje|first line/i);
    const reasons = work1.getByRole('list', { name: text.reasons });
    await reasons.waitFor();
    const reasonTexts = await reasons.getByRole('listitem').allTextContents();
    expect(reasonTexts.length).toBeGreaterThan(0);
    expect(reasonTexts.join('\n')).toMatch(/login|logg/i);
    // In the Norwegian console (bokmål, the default) every reason is Norwegian, said from its code,
    // and so are the decision's terms and the history's events: none of the English the classifier records.
    expect(await work1.getAttribute('html', 'lang')).toBe('nb');
    expect(await work1.getByTestId('reasons-untranslated').count()).toBe(0);
    const englishReasons =
      /Portal question|Category|Second line|First line|Boundary rule|Case type|Text model|Low confidence|Agreement|Service-desk matter|Sent to|first line triages/;
    for (const reason of reasonTexts) expect(reason).not.toMatch(englishReasons);
    const decisionFacts =
      (await work1
        .getByRole('region', { name: /^ruting|beslutning/i })
        .first()
        .textContent()) ?? '';
    expect(decisionFacts).not.toMatch(/technical|subject-matter|\blogin\b|first-line/);
    const history = (await work1.getByRole('region', { name: /historikk/i }).textContent()) ?? '';
    expect(history).toContain('Rutet');
    expect(history).not.toMatch(/\brouted\b|\breserved\b|\baccepted\b/);
    await screenshot(work1, 'inquiry');
    await countBecomes(waitingFirst, (n) => n === firstBefore, 'the first-line count to go down once claimed');

    // E opens the escalation; the note field has focus; Ctrl+Enter sends it.
    await sendByShortcut(
      work1,
      'e',
      text.escalateNote,
      'Feilmelding ved innlogging med BankID, trolig feil hos oss. Kan andrelinjen se på det?',
      'the note field focused',
    );
    await textBecomes(work1.getByTestId('inquiry-status'), /i kø|queued/i, 'the inquiry escalated');
    expect(await system.inquiry(id)).toMatchObject({ status: 'queued', queue: 'second-line', assigned_to: null });
    await countBecomes(waitingSecond, (n) => n === secondBefore + 1, 'the second-line count to go up');

    // The second-line adviser, by keyboard alone: Tab to the button and Enter; then A, the
    // answer typed, Ctrl+Enter (answered and resolved).
    const adviser2 = await browser.signIn(secondLine);
    const work2 = adviser2.page;
    await becomeAvailable(work2);
    await work2.getByRole('heading', { level: 1 }).focus();
    await tabTo(work2, text.next);
    await work2.keyboard.press('Enter');
    await work2.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
    await textBecomes(work2.getByTestId('inquiry-status'), /under arbeid|in progress/i, 'the inquiry accepted by the second line');
    expect(await work2.getByRole('region', { name: /historikk|history/i }).textContent()).toContain('trolig feil hos oss');
    await work2.getByRole('heading', { level: 1 }).focus();
    await sendByShortcut(
      work2,
      'a',
      text.answerText,
      'Hei Kari! Vi har rettet feilen som stoppet innlogging med BankID. Prøv igjen nå, så skal det virke.',
      'the answer field focused',
    );
    await textBecomes(work2.getByTestId('inquiry-status'), /løst|resolved/i, 'the inquiry resolved');
    await screenshot(work2, 'inquiry-resolved');
    expect(await system.inquiry(id)).toMatchObject({ status: 'resolved' });

    // The answer reaches Kari's mailbox through the relay (the local SMTP sink).
    const answer = await eventually(
      async () => system.mailTo(kari()).find((m) => m.text.includes('Vi har rettet feilen')),
      30_000,
      'the answer at the SMTP sink',
    );
    expect(answer.subject).toContain(id);

    // The dashboard followed all along, without a reload.
    await countBecomes(waitingSecond, (n) => n === secondBefore, 'the second-line count to go down');
    // "Mottatt i dag: 1": the number is inside a sentence.
    await textBecomes(dashboard.getByTestId('today-total'), /[1-9]/, 'today’s volume');
    expect(await dashboard.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await screenshot(dashboard, 'dashboard-after');
  }, 180_000);

  it('shows the whole conversation and the attachments of a reply', async () => {
    const { inquiryId: id } = await aMailFromKari({
      subject: 'Kvittering for innsending',
      text: 'Hei, jeg finner ikke kvitteringen for skjemaet jeg sendte inn i går. Hvor ligger den?',
    });
    const reply = await aMailFromKari({
      subject: `Re: Vi har mottatt henvendelsen din [${id}]`,
      text: 'Takk, nå fant jeg den! Her er et skjermbilde av kvitteringen.',
      attachments: [
        { filename: 'kvittering.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n% kvittering\n%%EOF\n') },
      ],
    });
    const supervisor = await browser.signIn(supervisorUser);
    const page = supervisor.page;
    await page.goto(system.url(`/inquiries/${reply.inquiryId}`));
    const thread = page.getByRole('region', { name: /^(samtalen|conversation)$/i });
    await textBecomes(thread, /Kvittering for innsending/, 'the first message in the conversation');
    await page
      .getByRole('region', { name: /^(vedlegg|attachments)$/i })
      .getByText('kvittering.pdf')
      .waitFor();
    await screenshot(page, 'inquiry-thread');
    // The first message leads back.
    await thread.getByRole('link', { name: /Kvittering for innsending/ }).click();
    await page.waitForURL((url) => url.pathname === `/inquiries/${id}`);
  }, 60_000);

  describe('every page passes axe-core (WCAG 2.1 AA: no serious or critical violations) and shows where focus is', () => {
    const check = async (page: import('playwright-core').Page, name: string) => {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const violations = await seriousViolations(page);
      await screenshot(page, name);
      expect(describeViolations(name, violations)).toBe('');
      expect(await invisibleFocus(page)).toEqual([]);
    };

    it('the sign-in page, in bokmål (the default) and in English (chosen by keyboard, kept after a reload)', async () => {
      const context = await browser.chromium.newContext({ locale: 'en-GB', timezoneId: 'Europe/Oslo', bypassCSP: true });
      const page = await context.newPage();
      await page.goto(system.url('/login'));
      // Bokmål whatever the browser's own language.
      await page.getByLabel('Brukernavn', { exact: true }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      await check(page, 'login-nb');

      await page.getByLabel(/^(språk|language)$/i).focus();
      await page.getByLabel(/^(språk|language)$/i).selectOption('en');
      await page.getByLabel('Username', { exact: true }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.reload();
      await page.getByLabel('Username', { exact: true }).waitFor();
      await check(page, 'login-en');
      await context.close();
    }, 60_000);

    it('the adviser’s work page and an inquiry', async () => {
      const adviser = await browser.signIn(firstLine);
      await adviser.page.getByLabel(text.presence).waitFor();
      await check(adviser.page, 'a11y-work');
      // ? opens the list of shortcuts in a modal dialog, which passes too; Escape closes it.
      await adviser.page.getByRole('heading', { level: 1 }).focus();
      await adviser.page.keyboard.press('?');
      const dialog = adviser.page.getByRole('dialog', { name: /hurtigtaster|shortcuts/i });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/neste henvendelse|next inquiry/i);
      expect(describeViolations('shortcuts', await seriousViolations(adviser.page))).toBe('');
      await screenshot(adviser.page, 'shortcuts');
      await adviser.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const { inquiryId } = await aMailFromKari({ subject: 'Roller', text: 'Hvordan gir jeg regnskapsføreren tilgang til firmaet?' });
      await adviser.page.goto(system.url(`/inquiries/${inquiryId}`));
      await adviser.page.getByTestId('inquiry-status').waitFor();
      await check(adviser.page, 'a11y-inquiry');
    }, 60_000);

    it('the supervisor’s dashboard, opening hours and agency agreements', async () => {
      const supervisor = await browser.signIn(supervisorUser);
      const page = supervisor.page;
      await textBecomes(page.getByTestId('live-state'), /direkte|live/i, 'the live stream connected');
      await check(page, 'a11y-dashboard');
      for (const [path, name] of [
        ['/opening-hours', 'opening-hours'],
        ['/agreements', 'agreements'],
      ] as const) {
        await page.goto(system.url(path));
        await page.getByRole('heading', { level: 1 }).waitFor();
        await check(page, name);
      }
    }, 90_000);
  });
});

// End to end: operational notices against the whole system (e2e/support/e2e-system.ts) in headless
// Chromium. An operator (the development user `operator`) registers an incident on the login
// component through the console, updates it to identified and finds it in the list; the public
// status page (`/status`, no sign-in) lists it and passes axe-core. An email about BankID login
// sent while the incident is in force is linked to it: the adviser who takes it sees the link on
// the inquiry and the badge in their work, and the dashboard counts it.
import { eventually } from '@inquiry-router/testing';
import { mailFromKari } from './support/kari';
import { newContext } from './support/browser';
import { describeViolations, seriousViolations } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { becomeAvailable, countBecomes, text, textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const operatorUser: SignInUser = { username: 'operator', password: 'operator' };
const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

/** The names the notices pages are found by (bokmål as the console shows by default, English accepted). */
const notices = {
  nav: /^(driftsmeldinger|notices)$/i,
  heading: /^(driftsmeldinger|operational notices)$/i,
  registerForm: /^(registrer driftsmelding|register a notice)$/i,
  kind: /^(type|kind)$/i,
  titleNb: /^(tittel|title) \(bokmål\)$/i,
  descriptionNb: /^(beskrivelse|description) \(bokmål\)$/i,
  login: /^(innlogging|login)$/i,
  keywords: /^(stikkord|keywords) \((valgfritt|optional)\)$/i,
  register: /^(registrer|register)$/i,
  updateForm: /^(ny oppdatering|new update)$/i,
  status: /^status$/i,
  messageNb: /^(melding|message) \(bokmål\)$/i,
  publish: /^(publiser oppdateringen|publish the update)$/i,
  back: /tilbake til driftsmeldingene|back to the notices/i,
  active: /^(pågår|in force)$/i,
  linkHeading: (id: string) => new RegExp(`^(knyttet til driftsavvik|linked to incident) ${id} – `, 'i'),
};

describe('operational notices', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let adviser: SignInUser;
  const title = `Innlogging med BankID feiler ${Date.now()}`;
  let noticeId = '';
  /** When the incident was registered: the router learns of incidents in force every 5 s (INCIDENTS_REFRESH_SECONDS). */
  let registeredAt = 0;

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    adviser = await system.anAdviser('first', ['first-line']);
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('an operator registers an incident and updates it to identified; it is in the list, and on the public status page, axe-core clean', async () => {
    const operator = await browser.signIn(operatorUser);
    const page = operator.page;
    await page.getByRole('navigation').getByRole('link', { name: notices.nav }).click();
    await page.waitForURL((url) => url.pathname === '/notices');
    await page.getByRole('heading', { level: 1, name: notices.heading }).waitFor();

    // Register: an incident on the login component, in production, for end users (the defaults), starting now.
    const form = page.getByRole('region', { name: notices.registerForm });
    await form.getByLabel(notices.kind).selectOption('incident');
    await form.getByLabel(notices.titleNb).fill(title);
    await form.getByLabel(notices.descriptionNb).fill('Mange får feilmelding når de logger inn med BankID. Vi undersøker.');
    await form.getByLabel(notices.login).check();
    await form.getByLabel(notices.keywords).fill('bankid, innlogging');
    await form.getByRole('button', { name: notices.register }).click();
    await page.waitForURL((url) => /^\/notices\/DRIFT-\d{5,}$/.test(url.pathname), { timeout: 15_000 });
    noticeId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    registeredAt = Date.now();
    await textBecomes(page.getByTestId('notice-status'), /undersøkes|investigating/i, 'the incident registered');

    // Update it: the cause is found.
    const update = page.getByRole('region', { name: notices.updateForm });
    await update.getByLabel(notices.status).selectOption('identified');
    await update.getByLabel(notices.messageNb).fill('Feilen ligger hos innloggingstjenesten. Vi retter den.');
    await update.getByRole('button', { name: notices.publish }).click();
    await textBecomes(page.getByTestId('notice-status'), /årsak funnet|identified/i, 'the incident identified');
    expect(
      await page
        .getByRole('region', { name: /^(historikk|history)$/i })
        .getByRole('listitem')
        .count(),
    ).toBe(2);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect(describeViolations('notice', await seriousViolations(page))).toBe('');
    await screenshot(page, 'notice');

    // In the list of notices in force, with its new status.
    await page.getByRole('link', { name: notices.back }).click();
    await page.waitForURL((url) => url.pathname === '/notices');
    const active = page.getByRole('region', { name: notices.active });
    await textBecomes(active.getByTestId(`notice-status-${noticeId}`), /årsak funnet|identified/i, 'the incident in the list');
    expect(await active.getByTestId(`notice-${noticeId}`).textContent()).toContain(title);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect(describeViolations('notices', await seriousViolations(page))).toBe('');
    await screenshot(page, 'notices');

    // The footer leads to the public status page.
    expect(
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: /driftsstatus|service status/i })
        .getAttribute('href'),
    ).toBe('/status');

    // The status page, without signing in: the incident is listed, and axe-core finds nothing serious.
    const context = await newContext(browser.chromium);
    try {
      const status = await context.newPage();
      const answer = await status.goto(system.url('/status'));
      expect(answer?.status()).toBe(200);
      await status.getByText(title).first().waitFor({ timeout: 15_000 });
      expect(describeViolations('status', await seriousViolations(status))).toBe('');
      await screenshot(status, 'status');
    } finally {
      await context.close();
    }
  }, 180_000);

  it('an adviser sees the incident on an inquiry linked to it and a badge in their work; the dashboard counts it', async () => {
    expect(noticeId).toMatch(/^DRIFT-/);

    // Someone writes about the problem while the incident is in force, once the router has read it.
    await new Promise((r) => setTimeout(r, Math.max(0, registeredAt + 6_000 - Date.now())));
    const sent = await mailFromKari(system, {
      subject: 'Får ikke logget inn',
      text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Det kommer en feilmelding hver gang.\n\nHilsen Kari',
    });
    const id = sent.inquiryId;
    await eventually(
      async () => {
        const rows = await system.db.query<{ notice_id: string }[]>(`SELECT notice_id FROM incident_links WHERE inquiry_id = $1`, [id]);
        return rows.some((r) => r.notice_id === noticeId) ? true : undefined;
      },
      30_000,
      `${id} linked to ${noticeId}`,
    );

    // The adviser takes it: the inquiry says which incident and why.
    const first = await browser.signIn(adviser);
    const work = first.page;
    await becomeAvailable(work);
    await work.getByRole('button', { name: text.next }).click();
    await work.waitForURL((url) => url.pathname === `/inquiries/${id}`, { timeout: 15_000 });
    const link = work.getByRole('region', { name: notices.linkHeading(noticeId) });
    await link.waitFor();
    expect(await link.textContent()).toMatch(/årsak funnet|identified/i);
    expect(await link.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(describeViolations('inquiry-incident', await seriousViolations(work))).toBe('');
    await screenshot(work, 'inquiry-incident');

    // In their work, the inquiry carries the incident's badge.
    await work
      .getByRole('navigation')
      .getByRole('link', { name: /min arbeidsflate|my work/i })
      .click();
    await work.waitForURL((url) => url.pathname === '/work');
    await textBecomes(work.getByTestId(`incident-badge-${noticeId}`), new RegExp(noticeId), 'the badge in the work listing');

    // The supervisors' dashboard counts the inquiries linked to the incident.
    const supervisor = await browser.signIn(supervisorUser);
    await supervisor.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(oversikt|overview|dashboard)$/i })
      .click();
    await countBecomes(supervisor.page.getByTestId(`incident-linked-${noticeId}`), (n) => n >= 1, 'the inquiries linked counted', 30_000);
  }, 180_000);
});

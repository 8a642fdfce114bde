// End to end: the development Phone page against the whole system (e2e/support/e2e-system.ts) in
// headless Chromium. The workdesk signs each webhook and posts it to the real phone adapter, as the
// telephony provider would. At an open hour (every app's clock set to a Monday 10:00 in Oslo) a
// call to the support number goes through the menu (key 1, a login problem said) into a queue: the
// page shows the queue and the inquiry with its decision, and the inquiry is in Postgres with it.
// At a closed hour (21:00) the page reads out the closed message and the call-back offer; pressing
// 1 records the call-back request. axe-core finds nothing serious; the clocks go back to real time after.
import type { Page } from 'playwright-core';
import { eventually } from '@inquiry-router/testing';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { textBecomes } from './support/console-pages';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

// Monday 7 December 2026, Oslo time: an ordinary working day (no public holiday, no exception
// ordered in this database). Support is open 08:00–15:30.
const openHour = '2026-12-07T10:00:00+01:00';
const closedHour = '2026-12-07T21:00:00+01:00';

/** The names the page is found by (bokmål as the console shows by default, English accepted). */
const names = {
  phoneLink: /^(telefon|phone)$/i,
  heading: /^(telefon|phone)$/i,
  number: /^(nummer|number)$/i,
  call: /^(ring|call|ring på nytt|call again)$/i,
  callRegion: /^(samtalen|the call)$/i,
  key1: /^(tast 1|key 1)$/i,
  speech: /^(det du sier|what you say)$/i,
  outcome: /^(hvor samtalen endte|where the call went)$/i,
  openInquiry: /^(åpne henvendelse|open inquiry) IR-/i,
  log: /^(logg|log)$/i,
};

describe('the development Phone page', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let page: Page;

  /** What the caller hears now, as the page lists it. */
  const heard = () => page.getByRole('region', { name: names.callRegion }).getByRole('listitem').allTextContents();
  /** Places a call to the support number with the keyboard: the number chosen, Enter on the call button. */
  const callSupport = async () => {
    await page.getByLabel(names.number).selectOption('support');
    await page.getByRole('button', { name: names.call }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: names.key1 }).waitFor({ timeout: 15_000 });
  };
  /** The inquiry the page links to once the call has left the menu. */
  const linkedInquiry = async () => {
    const link = page.getByRole('region', { name: names.outcome }).getByRole('link', { name: names.openInquiry });
    await link.waitFor({ timeout: 30_000 });
    const id = /IR-[A-Z0-9]+$/.exec((await link.textContent()) ?? '')?.[0];
    if (!id) throw new Error('no inquiry id in the link');
    expect(await link.getAttribute('href')).toBe(`/inquiries/${id}`);
    return id;
  };
  const decidedTarget = (id: string) =>
    eventually(
      async () =>
        (await system.db.query<{ target: string }[]>(`SELECT target FROM routing_decisions WHERE inquiry_id = $1`, [id]))[0]?.target,
      30_000,
      `the decision on ${id} recorded`,
    );

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    page = (await browser.signIn(supervisorUser)).page;
  }, 300_000);
  afterAll(async () => {
    await system.setClock(null).catch(() => undefined);
    await browser.stop();
  }, 60_000);

  it('at an open hour, takes a call to the support number through the menu into a queue, and shows the inquiry with its decision', async () => {
    await system.setClock(openHour);
    await page.getByRole('link', { name: names.phoneLink }).click();
    await page.waitForURL((url) => url.pathname === '/development/phone', { timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: names.heading }).waitFor();

    await callSupport();
    expect(await heard()).toContain('Velkommen til brukerstøtten.');
    // Key 1 (login), by keyboard.
    await page.getByRole('button', { name: names.key1 }).focus();
    await page.keyboard.press('Enter');
    const speech = page.getByLabel(names.speech);
    await speech.waitFor({ timeout: 15_000 });
    await eventually(
      async () => ((await heard()).some((t) => t.startsWith('Du valgte innlogging')) ? true : undefined),
      15_000,
      'asked for the matter',
    );
    await speech.focus();
    await page.keyboard.type('Jeg får ikke logget inn med BankID, det kommer bare en feilmelding');
    await page.keyboard.press('Enter');

    const outcome = page.getByRole('region', { name: names.outcome });
    const where = await textBecomes(outcome.locator('.call-where'), /(satt i kø|put in a queue): /i, 'the call put in a queue', 30_000);
    const id = await linkedInquiry();
    // The decision the page shows is the one recorded, and the call waits in the queue it names.
    await textBecomes(page.getByTestId('decision-target'), /\S/, 'the decision shown', 30_000);
    const target = await decidedTarget(id);
    const row = await eventually(async () => system.inquiry(id), 30_000, `${id} recorded`);
    expect(row).toMatchObject({ status: 'queued', queue: target });
    expect(where).toMatch(/førstelinje|andrelinje|servicedesk/i);
    expect(await page.getByTestId('decision-target').textContent()).toBe(where.replace(/^(satt i kø|put in a queue): /i, ''));

    // The log has each step, the TwiML in a disclosure.
    const log = page.getByRole('region', { name: names.log });
    expect(await log.locator('details').count()).toBe(3);
    await log.locator('summary').first().click();
    expect(await log.locator('pre').first().textContent()).toContain('<Gather');

    await expectAxeClean(page, 'the Phone page, the call in a queue');
    await screenshot(page, 'phone');
  });

  it('at a closed hour, reads out the closed message and the call-back offer, and records the call-back request', async () => {
    await system.setClock(closedHour);
    await callSupport();
    const closed = await heard();
    expect(closed[0]).toMatch(/^Brukerstøtten er stengt nå\./);
    expect(closed).toContain('Trykk 1 hvis du vil at vi ringer deg tilbake.');
    // The call-back offer takes keys only.
    expect(await page.getByLabel(names.speech).count()).toBe(0);
    await expectAxeClean(page, 'the Phone page, the closed message');

    await page.getByRole('button', { name: names.key1 }).focus();
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('region', { name: names.outcome });
    await textBecomes(outcome.locator('.call-where'), /telefonmenyen la på|the phone menu hung up/i, 'the call ended', 30_000);
    expect((await heard())[0]).toMatch(/^Takk\. Vi ringer deg tilbake/);
    const id = await linkedInquiry();
    const rows = await eventually(
      async () => (await system.db.query<{ body: string }[]>(`SELECT body FROM inquiries WHERE id = $1`, [id]))[0],
      30_000,
      'the call-back request recorded',
    );
    expect(rows.body).toMatch(/^Tilbakeringing ønsket\. Innringeren ringte utenfor åpningstid \(mandag 7\. desember klokken 21:0\d\)/);
    await decidedTarget(id);
    await expectAxeClean(page, 'the Phone page, the call-back request');
  });
});

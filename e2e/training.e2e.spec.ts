// End to end: advisers' training in the console, against the whole system (e2e/support/e2e-system.ts)
// in headless Chromium. A mentor and a trainee in login are on the register, and a required update
// about submission is published. A supervisor opens the competences page, sees the trainee's mentor,
// qualifies the trainee and finds the change in the log; the trainee confirms the update on their
// work page, and the supervisor's overview then counts them as confirmed. axe-core finds nothing
// serious on any of the pages.
import { AdviserCompetenceRepository, AdviserUpdateRepository } from '@inquiry-router/persistence';
import { expectAxeClean } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { E2eSystem, SignInUser } from './support/e2e-system';
import { screenshot } from './support/screenshots';

const supervisorUser: SignInUser = { username: 'supervisor', password: 'supervisor' };

/** The names the pages are found by (bokmål as the console shows by default, English accepted). */
const names = {
  competencesLink: /^(kompetanse|competences)$/i,
  competencesHeading: /^(kompetanse og mentorer|competences and mentors)$/i,
  register: /^(rådgivere|advisers)$/i,
  change: /^(endre kompetanse|change a competence)$/i,
  adviser: /^(rådgiver|adviser)$/i,
  level: /^(nivå|level)$/i,
  save: /^(lagre|save)$/i,
  audit: /^(endringslogg|change log)$/i,
  myUpdates: /^(oppdateringer til deg|updates for you)$/i,
  updatesHeading: /^(oppdateringer til rådgiverne|updates for advisers)$/i,
};

describe("advisers' training in the console", () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);
  let mentor: SignInUser;
  let trainee: SignInUser;
  let updateId = '';

  beforeAll(async () => {
    await system.start();
    await browser.launch();
    mentor = await system.anAdviser('mentor', ['first-line']);
    trainee = await system.anAdviser('trainee', ['first-line']);
    const competences = new AdviserCompetenceRepository(system.db);
    await competences.set({ adviser: mentor.username, areaKind: 'category', area: 'login', level: 'mentor', mentor: null }, 'supervisor');
    await competences.set(
      { adviser: trainee.username, areaKind: 'category', area: 'login', level: 'in-training', mentor: mentor.username },
      'supervisor',
    );
    const update = await new AdviserUpdateRepository(system.db).publish(
      {
        kind: 'procedure',
        title: 'Ny rutine for innlogging',
        body: 'Spør alltid etter hvilken innloggingsmetode brukeren har prøvd.',
        categories: ['login'],
        queues: [],
        requiredBeforeClaiming: true,
        agreementVersion: null,
        incidentId: null,
      },
      'supervisor',
    );
    updateId = update.id;
  }, 300_000);
  afterAll(() => browser.stop(), 60_000);

  it('the competences page shows levels and mentors, changes one and shows the change in the log; axe-core clean', async () => {
    const page = (await browser.signIn(supervisorUser)).page;
    await page.getByRole('navigation').getByRole('link', { name: names.competencesLink }).click();
    await page.waitForURL((url) => url.pathname === '/competences');
    await page.getByRole('heading', { level: 1, name: names.competencesHeading }).waitFor();
    const register = page.getByRole('region', { name: names.register });
    const traineeRow = register.getByRole('row').filter({ hasText: trainee.username });
    await traineeRow.waitFor({ timeout: 15_000 });
    expect(await traineeRow.textContent()).toContain(mentor.username);
    await expectAxeClean(page, 'competences');

    const form = page.getByRole('form', { name: names.change });
    await form.getByLabel(names.adviser).selectOption(trainee.username);
    await form.getByLabel(names.level).selectOption('qualified');
    await form.getByRole('button', { name: names.save }).click();
    await page.getByRole('status').filter({ hasText: trainee.username }).waitFor({ timeout: 15_000 });
    const log = page.getByRole('region', { name: names.audit });
    // The log reloads after the save: wait for the change's row, not only the setup's.
    const traineeLogRows = log.getByRole('row').filter({ hasText: trainee.username });
    await traineeLogRows.nth(1).waitFor({ timeout: 15_000 });
    expect(await traineeLogRows.count()).toBeGreaterThanOrEqual(2);
    await expectAxeClean(page, 'competences-changed');
    await screenshot(page, 'competences');
  }, 120_000);

  it('an adviser confirms an update on their work page, and the supervisor sees it confirmed; axe-core clean', async () => {
    const page = (await browser.signIn(trainee)).page;
    const updates = page.getByRole('region', { name: names.myUpdates });
    const confirm = updates.getByRole('button', { name: /Ny rutine for innlogging/ });
    await confirm.waitFor({ timeout: 15_000 });
    await expectAxeClean(page, 'work-updates');
    await confirm.click();
    await updates.getByText(/^(bekreftet|confirmed) /i).waitFor({ timeout: 15_000 });
    expect(await updates.getByRole('button', { name: /Ny rutine for innlogging/ }).count()).toBe(0);
    await screenshot(page, 'work-updates-confirmed');

    const supervisor = (await browser.signIn(supervisorUser)).page;
    await supervisor.goto(system.url('/adviser-updates'));
    await supervisor.getByRole('heading', { level: 1, name: names.updatesHeading }).waitFor();
    const confirmations = supervisor.getByTestId(`confirmations-${updateId}`);
    await confirmations.waitFor({ timeout: 15_000 });
    expect(await confirmations.textContent()).toContain(trainee.username);
    await expectAxeClean(supervisor, 'adviser-updates');
  }, 120_000);
});

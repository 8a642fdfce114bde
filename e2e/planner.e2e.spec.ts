// End to end: the supervisor's planner page against the whole system (e2e/support/e2e-system.ts:
// the apps as processes on the real broker, Redis and a Postgres database of its own) in headless
// Chromium. 120 days of contacts are generated into that database first (tools/history, as
// `npm run history:generate -- --days 120` does), so the forecast has a past to learn from; the
// span shown reaches past the next 5th, where the seeded a-melding deadline raises the forecast.
// The page is checked with axe-core and a screenshot saved as test-artifacts/screenshots/planner.png.
import { DateTime } from 'luxon';
import { generateHistory } from '../tools/history/history-generator';
import { describeViolations, seriousViolations } from './support/accessibility';
import { ConsoleBrowser } from './support/console-browser';
import { textBecomes } from './support/console-pages';
import { E2eSystem } from './support/e2e-system';
import { screenshot } from './support/screenshots';

/** From today to a few days past the next 5th (a-melding, moved to the next working day over a weekend or holiday). */
function spanOverADeadline(now: DateTime): { from: string; to: string } {
  const fifth = now.day < 5 ? now.set({ day: 5 }) : now.plus({ months: 1 }).set({ day: 5 });
  return { from: now.toISODate()!, to: fifth.plus({ days: 4 }).toISODate()! };
}

describe('the supervisor’s planner page', () => {
  const system = new E2eSystem();
  const browser = new ConsoleBrowser(system);

  beforeAll(async () => {
    await system.start();
    const now = DateTime.now().setZone('Europe/Oslo');
    await generateHistory(system.db, {
      days: 120,
      until: now.minus({ days: 1 }).toISODate()!,
      seed: 1,
      replace: false,
      now: now.toJSDate(),
    });
    await browser.launch();
  }, 400_000);
  afterAll(() => browser.stop(), 60_000);

  it('shows the forecast with the deadline marked, the staffing gap and the proposals, and passes axe-core', async () => {
    const { page } = await browser.signIn({ username: 'supervisor', password: 'supervisor' });
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^(bemanning|planning)$/i })
      .click();
    await page.waitForURL((url) => url.pathname === '/planning');
    await page.getByRole('heading', { level: 1, name: /bemanningsplanlegging|workforce planning/i }).waitFor();

    const span = spanOverADeadline(DateTime.now().setZone('Europe/Oslo'));
    await page.getByLabel(/^(fra|from)$/i).fill(span.from);
    await page.getByLabel(/^(til|to)$/i).fill(span.to);

    // The contacts chart: drawn, its summary naming the deadline in the span, its figures in a table by day.
    const contacts = page.getByRole('figure', { name: /henvendelser per halvtime|contacts per half-hour/i });
    await textBecomes(page.getByTestId('contacts-summary'), /a-melding/i, 'the deadline named in the chart’s summary', 60_000);
    expect(await contacts.locator('.chart-plot svg').count()).toBe(1);
    expect(await contacts.locator('.chart-plot').getAttribute('aria-hidden')).toBe('true');
    const days = await contacts.getByRole('table').getByRole('row').count();
    expect(days - 1).toBe(DateTime.fromISO(span.to).diff(DateTime.fromISO(span.from), 'days').days + 1);

    // The staffing chart, and the proposals (a table of them, or the text that there are none).
    const staffing = page.getByRole('figure', { name: /veiledere per halvtime|advisers per half-hour/i });
    expect(await staffing.locator('.chart-plot svg').count()).toBe(1);
    expect(await page.getByTestId('staffing-summary').textContent()).toMatch(/halvtime|half-hour/i);
    const proposals = page.getByRole('region', { name: /forslag om utvidet åpningstid|proposed extended opening hours/i });
    await proposals.waitFor();
    const proposalRows = await proposals.getByRole('row').count();
    if (proposalRows > 0) expect(await proposals.getByRole('columnheader').allTextContents()).toContain('Hvorfor');
    else expect(await proposals.textContent()).toMatch(/ingen forslag|no proposals/i);

    // The simulation of the first day beside Erlang C.
    await page.getByTestId('erlang-service-level').waitFor({ timeout: 30_000 });

    await page.waitForLoadState('networkidle').catch(() => undefined);
    expect(describeViolations('planner', await seriousViolations(page))).toBe('');
    await screenshot(page, 'planner');
  }, 180_000);
});

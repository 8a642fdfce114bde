// End to end, without a browser: `npm run demo` (its built entry, as the script runs it) against
// the whole system sends contacts through SMTP, signed phone webhooks and signed social webhooks;
// each becomes an inquiry the router decides on, with reasons, and the supervisors' dashboard
// shows them as a newcomer would see it (screenshot `dashboard-demo`).
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { eventually } from '@inquiry-router/testing';
import { repoRoot } from '@inquiry-router/local-system';
import { demoContacts } from '../tools/demo/demo-mix';
import { launchChromium } from './support/browser';
import { ConsoleUser, textBecomes } from './support/console-pages';
import { E2eSystem } from './support/e2e-system';
import { screenshot } from './support/screenshots';

function runDemo(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'dist/tools/demo/demo.js')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run demo', () => {
  const system = new E2eSystem();

  beforeAll(() => system.start(), 240_000);
  afterAll(() => system.stop(), 60_000);

  it('sends the mix through the real channels at a steady pace, and each contact gets a decision with reasons', async () => {
    const count = 6; // email, email, phone, facebook, email (service desk), phone (an agency)
    const started = Date.now();
    const run = await runDemo({ ...system.portsEnv(), DEMO_COUNT: String(count), DEMO_INTERVAL_MS: '300', NODE_ENV: 'development' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual((count - 1) * 300);
    const ids = [...run.stdout.matchAll(/^\S+\s+(IR-[A-Z0-9]{12})\s/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(count);
    const channels = demoContacts.slice(0, count).map((c) => c.channel);
    expect(new Set(channels)).toEqual(new Set(['email', 'phone', 'social']));

    const decided = await eventually(
      async () => {
        const rows: { id: string; channel: string; target: string; reasons: string[] }[] = await system.db.query(
          `SELECT i.id, i.channel, d.target, d.reasons FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = ANY($1)`,
          [ids],
        );
        return rows.length === count ? rows : undefined;
      },
      60_000,
      'a decision for every contact',
    );
    expect(decided.map((r) => r.channel).sort()).toEqual([...channels].sort());
    for (const row of decided) expect(row.reasons.length).toBeGreaterThan(0);
    // A mix of destinations, not everything in one queue.
    expect(new Set(decided.map((r) => r.target)).size).toBeGreaterThanOrEqual(3);
    // The demo prints where each went and why.
    for (const id of ids) expect(run.stdout).toMatch(new RegExp(`${id}\\s+→ \\S+: .+`));

    // What a newcomer then sees on the dashboard.
    const browser = await launchChromium();
    try {
      const supervisor = await ConsoleUser.signIn(browser, system.url(''), { username: 'supervisor', password: 'supervisor' });
      await textBecomes(supervisor.page.getByTestId('today-total'), new RegExp(`\\b${count}\\b`), 'today’s volume on the dashboard');
      await screenshot(supervisor.page, 'dashboard-demo');
    } finally {
      await browser.close();
    }
  }, 120_000);
});

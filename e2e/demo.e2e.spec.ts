// End to end, without a browser but for the dashboard: `npm run demo` (its built entry, as the
// script runs it) against the whole system, at a chosen time (DEMO_AT, set on every app's
// development clock and set back after). At an open hour it sends contacts through SMTP, signed
// phone webhooks and signed social webhooks, each an inquiry the router decides on, with reasons,
// and the supervisors' dashboard shows them (screenshot `dashboard-demo`). At a closed hour the
// callers follow the phone adapter's closed answer — the call-back offer or a voicemail — and no
// caller is put in a queue. Real Kafka, Postgres and Redis, as every e2e test.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { Topics } from '@inquiry-router/contracts';
import { defaultCalendar, isOpen } from '@inquiry-router/opening-hours';
import { eventually } from '@inquiry-router/testing';
import { repoRoot } from '@inquiry-router/local-system';
import { answerToClosedOffer } from '../tools/demo/channels/call-phone';
import { demoContacts } from '../tools/demo/demo-mix';
import { launchChromium } from './support/browser';
import { ConsoleUser, textBecomes } from './support/console-pages';
import { E2eSystem } from './support/e2e-system';
import { screenshot } from './support/screenshots';

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the demo: what it has printed so far, and its end. */
function startDemo(env: NodeJS.ProcessEnv): { child: ChildProcess; stdout: () => string; finished: Promise<DemoRun> } {
  const child = spawn(process.execPath, [path.join(repoRoot(), 'dist/tools/demo/demo.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const finished = new Promise<DemoRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, stdout: () => stdout, finished };
}

const runDemo = (env: NodeJS.ProcessEnv) => startDemo(env).finished;

/**
 * The first day after today that is open at 10:00 (a weekday, not a public holiday; the test
 * database orders no extended hours or closures). After today, so the dashboard, back on real
 * time, counts the demo's contacts among today's (received from the start of today on).
 */
function nextOpenDay(): DateTime {
  const calendar = defaultCalendar();
  let day = DateTime.now().setZone(calendar.zone).startOf('day').plus({ days: 1 });
  while (!isOpen(day.set({ hour: 10 }).toJSDate(), calendar)) day = day.plus({ days: 1 });
  return day;
}

const day = nextOpenDay();
const openAt = day.set({ hour: 10 });
const closedAt = day.set({ hour: 21 });
const demoAt = (t: DateTime) => t.toISO({ suppressMilliseconds: true, includeOffset: true })!;

/** The references the demo printed, a line per contact that became an inquiry. */
const printedIds = (stdout: string) => [...stdout.matchAll(/^\S+\s+(IR-[A-Z0-9]{12})\s/gm)].map((m) => m[1]);

describe('npm run demo', () => {
  const system = new E2eSystem();

  beforeAll(() => system.start(), 240_000);
  afterAll(() => system.stop(), 60_000);

  /** Every app's development clock runs on real time again. */
  async function expectClocksOnRealTime(): Promise<void> {
    for (const { app, url } of system.appUrls()) {
      const reading = (await (await fetch(`${url}/development/clock`)).json()) as { offsetMs: number };
      expect({ app, offsetMs: reading.offsetMs }).toEqual({ app, offsetMs: 0 });
    }
  }

  it('refuses a DEMO_AT without its offset before it sends anything (exit code 2)', async () => {
    const run = await runDemo({ ...system.portsEnv(), DEMO_AT: demoAt(openAt).slice(0, 19), DEMO_COUNT: '1', NODE_ENV: 'development' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not an ISO 8601 date and time with its offset (Z or ±hh:mm), e.g. DEMO_AT=2026-12-07T09:30:00+01:00');
    expect(run.stdout).toBe('');
    const [{ n }]: { n: number }[] = await system.db.query(`SELECT count(*)::int AS n FROM inquiries`);
    expect(n).toBe(0);
    await expectClocksOnRealTime();
  }, 60_000);

  it(`at an open hour (${demoAt(openAt)}), sends the mix through the real channels at a steady pace, and each contact gets a decision with reasons`, async () => {
    const count = 6; // email, email, phone, facebook, email (service desk), phone (an agency)
    const started = Date.now();
    const run = await runDemo({
      ...system.portsEnv(),
      DEMO_AT: demoAt(openAt),
      DEMO_COUNT: String(count),
      DEMO_INTERVAL_MS: '300',
      NODE_ENV: 'development',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual((count - 1) * 300);
    // The day's opening hours first, on the system's clock.
    expect(run.stdout).toContain(`Åpningstider i dag, etter systemets klokke (`);
    expect(run.stdout).toContain(`  åpent 08:00–15:30\n  Åpent nå, stenger kl. 15:30.\n`);
    const ids = printedIds(run.stdout);
    expect(ids).toHaveLength(count);
    const channels = demoContacts.slice(0, count).map((c) => c.channel);
    expect(new Set(channels)).toEqual(new Set(['email', 'phone', 'social']));
    // Open, the callers walk the menu and are put through.
    const calls = run.stdout.split('\n').filter((line) => / telefon {2}/.test(line));
    expect(calls).toHaveLength(channels.filter((c) => c === 'phone').length);
    for (const call of calls) expect(call).toMatch(/ telefon {2}valg \d, «.+» → (satt i kø \(\S+\)|satt over til \+\d+)$/);

    const decided = await eventually(
      async () => {
        const rows: { id: string; channel: string; target: string; reasons: string[]; received_at: Date }[] = await system.db.query(
          `SELECT i.id, i.channel, d.target, d.reasons, i.received_at FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = ANY($1)`,
          [ids],
        );
        return rows.length === count ? rows : undefined;
      },
      60_000,
      'a decision for every contact',
    );
    expect(decided.map((r) => r.channel).sort()).toEqual([...channels].sort());
    for (const row of decided) expect(row.reasons.length).toBeGreaterThan(0);
    // Received at the demo's time, on the adapters' clocks.
    for (const row of decided) expect(Math.abs(row.received_at.getTime() - openAt.toMillis())).toBeLessThan(5 * 60_000);
    // A mix of destinations, not everything in one queue.
    expect(new Set(decided.map((r) => r.target)).size).toBeGreaterThanOrEqual(3);
    // The demo prints where each went and why.
    for (const id of ids) expect(run.stdout).toMatch(new RegExp(`${id}\\s+→ \\S+: .+`));
    expect(run.stdout).toMatch(/Klokkene er tilbake i sanntid\.\n$/);
    await expectClocksOnRealTime();

    // What a newcomer then sees on the dashboard.
    const browser = await launchChromium();
    try {
      const supervisor = await ConsoleUser.signIn(browser, system.url(''), { username: 'supervisor', password: 'supervisor' });
      await textBecomes(supervisor.page.getByTestId('today-total'), new RegExp(`\\b${count}\\b`), 'today’s volume on the dashboard');
      await screenshot(supervisor.page, 'dashboard-demo');
    } finally {
      await browser.close();
    }
  }, 180_000);

  it(`at a closed hour (${demoAt(closedAt)}), the callers take the call-back offer or leave a voicemail, and no caller is queued`, async () => {
    const count = 10; // three calls among them: one takes the call-back offer, one leaves a voicemail, one hides the number
    const calls = demoContacts.slice(0, count).flatMap((c) => (c.channel === 'phone' ? [c] : []));
    const expected = calls.map((c) => answerToClosedOffer({ from: c.hidesNumber ? 'anonymous' : '+4791234567', whenClosed: c.whenClosed }));
    expect(new Set(expected)).toEqual(new Set(['press-1', 'stay-silent']));
    const run = await runDemo({
      ...system.portsEnv(),
      DEMO_AT: demoAt(closedAt),
      DEMO_COUNT: String(count),
      DEMO_INTERVAL_MS: '300',
      NODE_ENV: 'development',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n {2}Stengt nå\. Åpner igjen \S+ \d+\. \S+ kl\. 08:00\.\n/);
    const ids = printedIds(run.stdout);
    expect(ids).toHaveLength(count);

    // What each caller did, as the demo says it: never the menu, never a queue on the line.
    const callLines = run.stdout.split('\n').filter((line) => / telefon {2}/.test(line));
    const did = callLines.map((line) =>
      /^\S+ {2}IR-\w{12} {2}telefon {2}stengt(, skjult nummer)? → tok imot tilbudet om å bli ringt opp \(trykket 1\)$/.test(line)
        ? 'press-1'
        : /^\S+ {2}IR-\w{12} {2}telefon {2}stengt(, skjult nummer)? → la igjen en talemelding: «.+»$/.test(line)
          ? 'stay-silent'
          : line,
    );
    expect(did).toEqual(expected);
    expect(run.stdout).toContain('hørte: «Brukerstøtten er stengt nå.');
    expect(run.stdout).not.toMatch(/satt i kø|satt over til|valg \d/);

    // What Postgres records once the classifier and the router have handled everything published:
    // the callers' call-back requests and voicemails, and no call taken in from the menu.
    await system.pipeline.processedSoFar('classifier', Topics.InquiryReceived, 60_000);
    await system.pipeline.processedSoFar('router', Topics.InquiryClassified, 60_000);
    const phone: { id: string; body: string }[] = await system.db.query(
      `SELECT id, body FROM inquiries WHERE channel = 'phone' AND received_at >= $1 ORDER BY received_at`,
      [closedAt.toJSDate()],
    );
    expect(phone.map((r) => r.id).every((id) => ids.includes(id))).toBe(true);
    expect(phone.map((r) => (r.body.startsWith('Tilbakeringing ønsket.') ? 'press-1' : r.body.replace(/ Opptak: \S+$/, '')))).toEqual(
      calls.map((c, i) => (expected[i] === 'press-1' ? 'press-1' : `Talemelding: ${c.speech.toLowerCase()}`)),
    );
    const fromTheMenu: { n: number }[] = await system.db.query(
      `SELECT count(*)::int AS n FROM inquiries WHERE channel = 'phone' AND body LIKE 'IVR:%' AND received_at >= $1`,
      [closedAt.toJSDate()],
    );
    expect(fromTheMenu[0].n).toBe(0);
    // Every contact of the run is decided on (the call-back requests and voicemails too, for an adviser to follow up).
    await eventually(
      async () => {
        const [{ n }]: { n: number }[] = await system.db.query(
          `SELECT count(*)::int AS n FROM routing_decisions WHERE inquiry_id = ANY($1)`,
          [ids],
        );
        return n === count ? n : undefined;
      },
      60_000,
      'a decision for every contact',
    );
    expect(run.stdout).toMatch(/svarfrist /);
    expect(run.stdout).toMatch(/Klokkene er tilbake i sanntid\.\n$/);
    await expectClocksOnRealTime();
  }, 180_000);

  it('stops on Ctrl-C without waiting out the interval, and sets the clocks back to real time', async () => {
    const demo = startDemo({ ...system.portsEnv(), DEMO_AT: demoAt(closedAt), DEMO_INTERVAL_MS: '600000', NODE_ENV: 'development' });
    await eventually(async () => (printedIds(demo.stdout()).length === 1 ? true : undefined), 60_000, 'the first contact sent');
    const interrupted = Date.now();
    demo.child.kill('SIGINT');
    const run = await demo.finished;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Date.now() - interrupted).toBeLessThan(60_000);
    expect(printedIds(run.stdout)).toHaveLength(1);
    expect(run.stdout).toMatch(/Klokkene er tilbake i sanntid\.\n$/);
    await expectClocksOnRealTime();
  }, 120_000);
});

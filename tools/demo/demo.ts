import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import type { OpeningHoursView, OpeningStatusView } from '@inquiry-router/contracts';
import { apps, AppName, portOf } from '@inquiry-router/local-system';
import { expectedTimeText } from '@inquiry-router/opening-hours';
import type { SocialWebhookSecrets } from '@inquiry-router/outbound-delivery';
import { developmentUnlessSet, webhookSecrets } from '../start/development-secrets';
import { PlacedCall, placeCall } from './channels/call-phone';
import { sendMail } from './channels/send-mail';
import { sendSocialMessage } from './channels/send-social';
import { DemoAtRefused, parseDemoAt } from './demo-at';
import { DemoContact, demoContacts, demoPerson } from './demo-mix';
import { openingHoursLines } from './opening-hours-text';
import { ClockAnswer, clockProblem, setAppClock } from './system-clock';

/**
 * `npm run demo`: against the running system (`npm start`), prints the day's opening hours as the
 * system has them (open now, or when it opens), then sends the demo mix through the real
 * channels — mail over SMTP to the email adapter, signed Twilio webhooks to the phone adapter,
 * signed Meta and X webhooks to the social adapter — one contact every DEMO_INTERVAL_MS, and
 * prints what each adapter answered and where each contact went and why, as the workdesk records
 * it. A call follows the phone adapter's answers as a caller would: through the menu when open;
 * when closed, the call-back offer or a voicemail (the caller's `whenClosed`; a hidden number
 * leaves a voicemail), never the menu. Ctrl-C stops it.
 *
 * `DEMO_AT` (an ISO 8601 date and time with its offset, e.g. `2026-12-07T09:30:00+01:00`) runs the
 * whole system as if it were then: the demo sets every running app's clock through its
 * `/development/clock` (outside production only; a production app answers 404 and the demo
 * stops) and sets them back to real time when it ends, on Ctrl-C too. Anything else in DEMO_AT is
 * refused, exit code 2, before anything is sent.
 *
 * Env: DEMO_AT, DEMO_INTERVAL_MS (default 4000), DEMO_COUNT (default: until stopped), DEMO_HOST
 * (default 127.0.0.1), DEMO_USER/DEMO_PASSWORD (default supervisor), the apps' port variables as
 * `npm start` reads them, and the webhook secrets of the running system (TWILIO_AUTH_TOKEN,
 * META_APP_SECRET, X_CONSUMER_SECRET, X_ACCOUNT_ID; outside production `npm start` uses the
 * development ones, and so does this). What happens is printed in bokmål, like the contacts;
 * what stops the demo goes to stderr in English, like the other commands.
 */
const host = process.env.DEMO_HOST ?? '127.0.0.1';
const intervalMs = Number(process.env.DEMO_INTERVAL_MS ?? 4000);
const count = process.env.DEMO_COUNT ? Number(process.env.DEMO_COUNT) : Infinity;
const http = (app: AppName) => `http://${host}:${portOf(app)}`;
const smtp = { host, port: Number(process.env.EMAIL_ADAPTER_SMTP_PORT ?? 2525) };
const zone = 'Europe/Oslo';
/** The width of a reference (IR- and 12 characters), so a contact that became none keeps the columns. */
const noReference = '-'.padEnd(15);

async function ready(app: AppName): Promise<boolean> {
  try {
    return (await fetch(`${http(app)}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const short = (text: string, length = 50) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * The system's clocks, set by DEMO_AT and set back when the demo ends: the apps set, and how far
 * ahead (or behind) of real time, so the demo prints times as the system reads them.
 */
class SystemTime {
  private readonly set = new Set<AppName>();
  offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Sets every app of the catalogue that runs; the answers, for the report. */
  async setAll(at: string): Promise<ClockAnswer[]> {
    // Each app counted as set as soon as it answers, so a Ctrl-C meanwhile sets back what was set.
    return Promise.all(
      apps.map(async ({ name }) => {
        const answer = await setAppClock(name, http(name), at);
        if (answer.kind === 'set') {
          this.set.add(answer.app);
          if (answer.app === 'workdesk') this.offsetMs = answer.reading.offsetMs;
        }
        return answer;
      }),
    );
  }

  /** Every clock it set back to real time; the apps that did not take it, with why. */
  async resetAll(timeoutMs = 5000): Promise<string[]> {
    const answers = await Promise.all([...this.set].map((app) => setAppClock(app, http(app), null, timeoutMs)));
    const failed: string[] = [];
    for (const answer of answers) {
      if (answer.kind === 'set') this.set.delete(answer.app);
      else failed.push(`${answer.app} (${answer.kind === 'refused' ? `${answer.status || 'no answer'} ${answer.reason}` : answer.kind})`);
    }
    this.offsetMs = 0;
    return failed;
  }

  get anySet(): boolean {
    return this.set.size > 0;
  }
}

interface Sent {
  id: string | null;
  what: string;
  /** More of what the adapter answered (what a caller heard), a line each. */
  more: string[];
}

/** What the caller did, as the adapter's answers led them. */
function callerDid(call: PlacedCall, speech: string): string {
  switch (call.outcome.kind) {
    case 'queued':
      return `satt i kø (${call.outcome.queue})`;
    case 'transferred':
      return `satt over til ${call.outcome.number}`;
    case 'callback-requested':
      return 'tok imot tilbudet om å bli ringt opp (trykket 1)';
    case 'voicemail':
      return `la igjen en talemelding: «${short(speech)}»`;
    case 'hung-up':
      return 'lagt på uten at noe ble tatt imot';
  }
}

function describeCall(contact: Extract<DemoContact, { channel: 'phone' }>, call: PlacedCall): Sent {
  const hidden = contact.hidesNumber ? ', skjult nummer' : '';
  // Closed, the caller never reaches the menu: what each answer said, as it was heard.
  if (call.closed) {
    return {
      id: call.inquiryId,
      what: `telefon  stengt${hidden} → ${callerDid(call, contact.speech)}`,
      more: call.heard.filter((h) => h.length > 0).map((h) => `hørte: «${h.join(' ')}»`),
    };
  }
  const said = call.outcome.kind === 'voicemail' ? '' : `, «${short(contact.speech)}»`;
  return { id: call.inquiryId, what: `telefon  valg ${contact.choice}${said}${hidden} → ${callerDid(call, contact.speech)}`, more: [] };
}

/** Sends one contact through its channel; returns the inquiry it became and what the adapter answered. */
async function send(
  contact: DemoContact,
  n: number,
  secrets: NonNullable<ReturnType<typeof webhookSecrets>>,
  time: SystemTime,
): Promise<Sent> {
  const person = demoPerson(n);
  switch (contact.channel) {
    case 'email': {
      const sent = await sendMail(smtp, {
        fromName: person.name,
        from: person.email,
        to: contact.to,
        subject: contact.subject,
        text: contact.text,
        language: contact.language,
        attachments: contact.attachment
          ? [{ filename: contact.attachment, contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n% demo\n%%EOF\n') }]
          : undefined,
        date: time.now(),
      });
      // The reference is the one the adapter says it took the mail in as; a mail it did not take in has none.
      const received = /Received as (\S+)/.exec(sent.response)?.[1] ?? null;
      return {
        id: received,
        what: `e-post   «${contact.subject}» fra ${person.name}${received ? '' : ` → ikke tatt imot: «${sent.response}»`}`,
        more: [],
      };
    }
    case 'phone': {
      const call = await placeCall(http('phone-adapter'), secrets.TWILIO_AUTH_TOKEN, {
        from: contact.hidesNumber ? 'anonymous' : person.phone,
        to: contact.to,
        choice: contact.choice,
        speech: contact.speech,
        whenClosed: contact.whenClosed,
      });
      return describeCall(contact, call);
    }
    case 'social': {
      const social: SocialWebhookSecrets = {
        metaAppSecret: secrets.META_APP_SECRET,
        xConsumerSecret: secrets.X_CONSUMER_SECRET,
        xAccountId: secrets.X_ACCOUNT_ID,
      };
      const sent = await sendSocialMessage(http('social-adapter'), social, {
        network: contact.network,
        senderId: person.handle,
        text: contact.text,
        // The platform stamps the message with the time it is sent: the system's time, under DEMO_AT too.
        sentAt: time.now(),
      });
      const taken = sent.receipt.received > 0;
      return {
        id: taken ? sent.inquiryId : null,
        what: `${contact.network.padEnd(8)} «${short(contact.text)}»${taken ? '' : ` → ikke tatt imot (${JSON.stringify(sent.receipt)})`}`,
        more: [],
      };
    }
  }
}

interface RecordedInquiry {
  decision: { target: string; reasons: string[] } | null;
  dueAt: string | null;
}

/** The routing decision and the due time as the workdesk shows them, once the router has recorded them (or null). */
async function recordOf(token: string, id: string): Promise<RecordedInquiry | null> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${http('workdesk')}/api/inquiries/${id}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.ok) {
      const view = (await res.json()) as RecordedInquiry;
      if (view.decision) return view;
    }
    await sleep(500);
  }
  return null;
}

/** The day's opening hours on the system's clock, from the workdesk's opening-hours API. */
async function printOpeningHours(token: string): Promise<void> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${http('workdesk')}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`the workdesk answered ${res.status} to ${path}`);
    return (await res.json()) as T;
  };
  const status = await get<OpeningStatusView>('/api/opening-hours/status');
  const today = DateTime.fromISO(status.at, { zone }).toISODate()!;
  const hours = await get<OpeningHoursView>(`/api/opening-hours?from=${today}&to=${today}`);
  for (const line of openingHoursLines(status, hours.days[0], hours.zone)) say(line);
  say('');
}

async function main(): Promise<number> {
  let demoAt: ReturnType<typeof parseDemoAt>;
  try {
    demoAt = parseDemoAt(process.env.DEMO_AT);
  } catch (error) {
    if (!(error instanceof DemoAtRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const down = [];
  for (const app of ['workdesk', 'email-adapter', 'phone-adapter', 'social-adapter'] as const) if (!(await ready(app))) down.push(app);
  if (down.length) {
    process.stderr.write(
      `Not running (or not ready): ${down.join(', ')}. Start the system first with \`npm start\` (in another terminal).\n`,
    );
    return 1;
  }
  developmentUnlessSet();
  const secrets = webhookSecrets();
  if (!secrets) {
    process.stderr.write(
      'NODE_ENV=production: set TWILIO_AUTH_TOKEN, META_APP_SECRET, X_CONSUMER_SECRET and X_ACCOUNT_ID as the running system has them.\n',
    );
    return 1;
  }

  const time = new SystemTime();
  let stopping = false;
  const stop = new AbortController();
  let hardStop: Promise<void> | null = null;
  // The first Ctrl-C ends the demo after the contact in hand; a second (or SIGTERM) at once. Either way the clocks go back.
  const stopNow = (code: number) => {
    hardStop ??= time.resetAll(3000).then((failed) => {
      if (failed.length) process.stderr.write(`could not set the clock back to real time: ${failed.join(', ')}\n`);
      process.exit(code);
    });
  };
  process.on('SIGINT', () => {
    if (stopping) return stopNow(130);
    stopping = true;
    stop.abort();
  });
  process.on('SIGTERM', () => stopNow(143));

  try {
    if (demoAt) {
      const answers = await time.setAll(demoAt.iso);
      const problem = clockProblem(answers);
      if (problem) {
        process.stderr.write(`${problem}\n`);
        return 1;
      }
      const notRunning = answers.filter((a) => a.kind === 'not-running').map((a) => a.app);
      say(
        `Systemets klokke er stilt til ${expectedTimeText(demoAt.at, 'nb', zone)} (DEMO_AT=${demoAt.iso}) i ` +
          `${answers.filter((a) => a.kind === 'set').length} apper${notRunning.length ? `; kjører ikke: ${notRunning.join(', ')}` : ''}. ` +
          'Den går videre derfra, og settes tilbake til sanntid når demoen slutter.',
      );
    }

    const login = await fetch(`${http('workdesk')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: process.env.DEMO_USER ?? 'supervisor', password: process.env.DEMO_PASSWORD ?? 'supervisor' }),
    });
    const token = login.ok ? ((await login.json()) as { token: string }).token : null;
    if (token) await printOpeningHours(token);
    else say(`(Ikke logget inn i workdesk (HTTP ${login.status}): åpningstidene og beslutningene vises ikke.)\n`);

    say(
      `Sender én henvendelse hvert ${(intervalMs / 1000).toLocaleString('nb-NO')} s gjennom SMTP ${smtp.host}:${smtp.port}, ${http('phone-adapter')} og ${http('social-adapter')}` +
        `${Number.isFinite(count) ? ` (${count} i alt)` : ''}. Følg med i konsollen: ${http('workdesk')}/ (supervisor/supervisor). Ctrl-C stopper.\n`,
    );
    const lookups: Promise<void>[] = [];
    for (let n = 0; n < count && !stopping; n++) {
      const contact = demoContacts[n % demoContacts.length];
      const started = Date.now();
      try {
        const { id, what, more } = await send(contact, n, secrets, time);
        const at = time.now().toLocaleTimeString('nb-NO', { timeZone: zone });
        say(`${at}  ${id ?? noReference}  ${what}`);
        for (const line of more) say(`${' '.repeat(10)}${' '.repeat(noReference.length)}  ${line}`);
        if (token && id) {
          // Looked up in the background, so the pace stays steady.
          lookups.push(
            recordOf(token, id).then(
              (r) => {
                if (!r?.decision) return say(`          ${id}  → (ingen beslutning registrert ennå)`);
                const due = r.dueAt ? ` (svarfrist ${expectedTimeText(new Date(r.dueAt), 'nb', zone)})` : '';
                say(`          ${id}  → ${r.decision.target}: ${r.decision.reasons[0] ?? ''}${due}`);
              },
              (error: unknown) => void process.stderr.write(`could not read the decision on ${id}: ${(error as Error).message}\n`),
            ),
          );
        }
      } catch (error) {
        process.stderr.write(`could not send ${contact.channel}: ${(error as Error).message}\n`);
      }
      await sleep(Math.max(0, intervalMs - (Date.now() - started)), undefined, { signal: stop.signal }).catch(() => undefined);
    }
    await Promise.all(lookups); // the last decisions
    return 0;
  } finally {
    if (time.anySet && !hardStop) {
      const failed = await time.resetAll();
      if (failed.length) {
        process.stderr.write(
          `could not set the clock back to real time: ${failed.join(', ')}; send DELETE /development/clock to each, or restart them\n`,
        );
        process.exitCode = 1;
      } else say('Klokkene er tilbake i sanntid.');
    }
  }
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo failed: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);

import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { connect as connectTcp, Socket } from 'node:net';
import { createTransport } from 'nodemailer';
import twilio from 'twilio';
import { AppProcess, freePort } from '@inquiry-router/local-system';
import { signedDirectMessage } from '@inquiry-router/outbound-delivery';
import { percentile } from './percentile';
import { say } from './bench-system';
import { brokerPid, CpuAccount } from './process-cpu';

/** Runs `task(i)` for i in [0, count) with at most `concurrency` at once; returns each one's duration in ms. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<{ seconds: number; durations: number[] }> {
  const durations: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await task(i);
        durations.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (Date.now() - started) / 1000, durations: durations.sort((a, b) => a - b) };
}

export interface IntakeFigures {
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

function figures(count: number, run: { seconds: number; durations: number[] }): IntakeFigures {
  return {
    perSec: Math.round(count / run.seconds),
    p50Ms: Math.round(percentile(run.durations, 50)),
    p99Ms: Math.round(percentile(run.durations, 99)),
  };
}

/**
 * POSTs over a keep-alive pool of plain node:http connections. The load generator shares the
 * machine with what it measures: fetch costs several times the CPU per request, taken from the
 * adapters (the platforms that call them in production run elsewhere).
 */
class BenchPoster {
  private readonly agent: Agent;

  constructor(connections: number) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', agent: this.agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

const texts = [
  'hei, får ikke logget inn med bankid på mobilen',
  'Hvordan gir jeg regnskapsføreren tilgang til selskapet?',
  'Kva frist gjeld for mva-meldinga for andre termin?',
  'Our accountant cannot see the company in the portal, what role does she need?',
];

/** Signed Messenger webhooks, one message each; a 200 means the message is on Kafka. */
export async function benchSocialIntake(baseUrl: string, appSecret: string, count: number, concurrency: number): Promise<IntakeFigures> {
  // Messenger webhooks are signed with Meta's app secret alone; X's secrets are not used.
  const secrets = { metaAppSecret: appSecret, xConsumerSecret: '', xAccountId: '' };
  const poster = new BenchPoster(concurrency);
  const run = await runConcurrently(count, concurrency, async (i) => {
    const { path, headers, body } = signedDirectMessage(secrets, {
      network: 'facebook',
      messageId: `m_${randomBytes(12).toString('hex')}`,
      senderId: `psid-${randomBytes(6).toString('hex')}`,
      text: texts[i % texts.length],
      sentAt: new Date(),
    });
    const res = await poster.post(`${baseUrl}${path}`, body, headers);
    if (res.status !== 200) throw new Error(`social webhook answered ${res.status}: ${res.body}`);
  }).finally(() => poster.close());
  return figures(count, run);
}

/** Mail over SMTP through a pool of connections; a 250 means the inquiry is on Kafka. */
export async function benchEmailIntake(smtpPort: number, count: number, connections: number): Promise<IntakeFigures> {
  const transport = createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
    // Sent as a mail server sends: nodemailer writes the message's final "." in a write of its own,
    // which Nagle's algorithm would hold until the server's delayed ACK (40 ms on Linux) of the body,
    // a wait of the client's making that no MTA flushing one buffer per message has.
    getSocket: (_options: unknown, callback: (error: Error | null, socket?: { connection: Socket }) => void) => {
      const socket = connectTcp({ host: '127.0.0.1', port: smtpPort }, () => {
        socket.off('error', callback);
        callback(null, { connection: socket });
      });
      socket.setNoDelay(true);
      socket.once('error', callback);
    },
  });
  try {
    const run = await runConcurrently(count, connections, async (i) => {
      await transport.sendMail({
        from: `Bench Sender <sender${i}@example.no>`,
        to: 'brukerservice@altinn.example',
        subject: `Spørsmål ${i}`,
        text: `${texts[i % texts.length]}\n\nHilsen\nBench`,
        messageId: `<bench-${randomBytes(8).toString('hex')}@example.no>`,
      });
    });
    return figures(count, run);
  } finally {
    transport.close();
  }
}

const callerWords = [
  'jeg får ikke logget inn med bankid det bare henger',
  'hvor mye skal vi betale i forskuddsskatt for neste termin',
  'hvordan gir jeg regnskapsføreren tilgang til firmaet',
  'hva skal vi svare på statistikkskjemaet vi har fått',
];

/**
 * Signed Twilio webhooks of callers who have chosen from the menu and said what it is about:
 * the adapter publishes the inquiry and answers only when the classifier's decision has come
 * back (or its deadline passed). The durations are what a waiting caller experiences.
 */
export async function benchPhoneDecision(baseUrl: string, authToken: string, count: number, concurrency: number): Promise<IntakeFigures> {
  const poster = new BenchPoster(concurrency);
  const run = await runConcurrently(count, concurrency, async (i) => {
    const url = `${baseUrl}/voice/describe?choice=${(i % 4) + 1}`;
    const params = {
      AccountSid: `AC${'0'.repeat(32)}`,
      CallSid: `CA${randomBytes(16).toString('hex')}`,
      From: `+4792${String(100000 + i).padStart(6, '0')}`,
      To: '+4775006000',
      SpeechResult: callerWords[i % callerWords.length],
    };
    // Signed as Twilio signs (and as postTwilioWebhook does), over the URL and the fields.
    const { status, body: twiml } = await poster.post(url, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    });
    if (status !== 200) throw new Error(`phone webhook answered ${status}: ${twiml}`);
    if (!/<(Enqueue|Dial)/.test(twiml)) throw new Error(`phone webhook did not route the call: ${twiml}`);
  }).finally(() => poster.close());
  return figures(count, run);
}

/** SMTP connections sending at once, webhooks posted at once, callers waiting at once. */
export const EmailConnections = 20;
export const SocialConcurrency = 20;
export const PhoneCallers = 20;

/** Where the adapters listen and the secrets their webhooks are signed with. */
export interface IntakeEndpoints {
  smtpPort: number;
  socialUrl: string;
  metaSecret: string;
  phoneUrl: string;
  twilioToken: string;
}

/**
 * Adds what the adapters need to `env` (an SMTP port, webhook secrets, an open support) and
 * returns where they will listen; the apps' HTTP ports must already be in `env`.
 */
export async function prepareIntakeEnv(env: NodeJS.ProcessEnv): Promise<IntakeEndpoints> {
  const smtpPort = await freePort();
  const metaSecret = randomBytes(16).toString('hex');
  const twilioToken = randomBytes(16).toString('hex');
  Object.assign(env, {
    EMAIL_ADAPTER_SMTP_PORT: String(smtpPort),
    EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
    META_APP_SECRET: metaSecret,
    META_VERIFY_TOKEN: metaSecret,
    TWILIO_AUTH_TOKEN: twilioToken,
    // A Tuesday morning, so callers meet an open support whenever the bench runs.
    CLOCK_STARTS_AT: '2026-11-24T09:00:00Z',
  });
  return {
    smtpPort,
    socialUrl: `http://127.0.0.1:${env.SOCIAL_ADAPTER_PORT}`,
    metaSecret,
    phoneUrl: `http://127.0.0.1:${env.PHONE_ADAPTER_PORT}`,
    twilioToken,
  };
}

export type IntakePart = 'email' | 'social' | 'phone';

export interface IntakeRun {
  email?: IntakeFigures;
  social?: IntakeFigures;
  phone?: IntakeFigures;
  calls: number;
  /** CPU used per contact in each part (µs), by the apps given, the broker and this process sending. */
  cpuUsPerContact: Partial<Record<IntakePart, Record<string, number>>>;
}

/** Runs one part, accounting the CPU of `processes`, the broker and this process to its `count` contacts. */
async function accounted(
  run: IntakeRun,
  part: IntakePart,
  processes: AppProcess[],
  count: number,
  measure: () => Promise<IntakeFigures>,
): Promise<IntakeFigures> {
  const broker = [brokerPid()].filter((pid): pid is number => pid !== null);
  const cpu = new CpuAccount(() =>
    Promise.resolve({
      ...Object.fromEntries(processes.map((p) => [p.name, p.child?.pid ? [p.child.pid] : []])),
      broker,
      bench: [process.pid],
    }),
  );
  await cpu.start();
  const figures = await measure();
  const used = await cpu.stop();
  run.cpuUsPerContact[part] = Object.fromEntries(Object.entries(used).map(([name, ms]) => [name, Math.round((ms * 1000) / count)]));
  return figures;
}

/**
 * The channel adapters' figures: `count` mails, `count` webhooks and `count` / 4 calls, one part
 * after the other; the CPU of `processes` (the running apps) is accounted to each part.
 */
export async function benchIntake(
  endpoints: IntakeEndpoints,
  count: number,
  parts: readonly IntakePart[] = ['email', 'social', 'phone'],
  processes: AppProcess[] = [],
): Promise<IntakeRun> {
  const run: IntakeRun = { calls: Math.max(1, Math.round(count / 4)), cpuUsPerContact: {} };
  if (parts.includes('email')) {
    say(`bench: ${count} mails over SMTP (${EmailConnections} connections)...`);
    run.email = await accounted(run, 'email', processes, count, () => benchEmailIntake(endpoints.smtpPort, count, EmailConnections));
  }
  if (parts.includes('social')) {
    say(`bench: ${count} signed social webhooks (${SocialConcurrency} at once)...`);
    run.social = await accounted(run, 'social', processes, count, () =>
      benchSocialIntake(endpoints.socialUrl, endpoints.metaSecret, count, SocialConcurrency),
    );
  }
  if (parts.includes('phone')) {
    say(`bench: ${run.calls} callers waiting for their routing decision (${PhoneCallers} at once)...`);
    run.phone = await accounted(run, 'phone', processes, run.calls, () =>
      benchPhoneDecision(endpoints.phoneUrl, endpoints.twilioToken, run.calls, PhoneCallers),
    );
  }
  return run;
}

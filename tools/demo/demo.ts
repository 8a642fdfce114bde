import { setTimeout as sleep } from 'node:timers/promises';
import { portOf } from '@inquiry-router/local-system';
import { developmentUnlessSet, webhookSecrets } from '../start/development-secrets';
import { placeCall } from './channels/call-phone';
import { sendMail } from './channels/send-mail';
import { sendSocialMessage, SocialSecrets } from './channels/send-social';
import { DemoContact, demoContacts, demoPerson } from './demo-mix';

/**
 * `npm run demo`: against the running system (`npm start`), sends the demo mix through the real
 * channels — mail over SMTP to the email adapter, signed Twilio webhooks to the phone adapter,
 * signed Meta and X webhooks to the social adapter — one contact every DEMO_INTERVAL_MS, and
 * prints where each one went and why, as the workdesk records it. Ctrl-C stops it.
 *
 * Env: DEMO_INTERVAL_MS (default 4000), DEMO_COUNT (default: until stopped), DEMO_HOST
 * (default 127.0.0.1), the apps' port variables as `npm start` reads them, and the webhook
 * secrets of the running system (TWILIO_AUTH_TOKEN, META_APP_SECRET, X_CONSUMER_SECRET,
 * X_ACCOUNT_ID; outside production `npm start` uses the development ones, and so does this).
 */
const host = process.env.DEMO_HOST ?? '127.0.0.1';
const intervalMs = Number(process.env.DEMO_INTERVAL_MS ?? 4000);
const count = process.env.DEMO_COUNT ? Number(process.env.DEMO_COUNT) : Infinity;
const http = (app: Parameters<typeof portOf>[0]) => `http://${host}:${portOf(app)}`;
const smtp = { host, port: Number(process.env.EMAIL_ADAPTER_SMTP_PORT ?? 2525) };

async function ready(app: Parameters<typeof portOf>[0]): Promise<boolean> {
  try {
    return (await fetch(`${http(app)}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Sends one contact through its channel; returns the inquiry id it becomes. */
async function send(
  contact: DemoContact,
  n: number,
  secrets: NonNullable<ReturnType<typeof webhookSecrets>>,
): Promise<{ id: string; what: string }> {
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
      });
      return { id: sent.inquiryId, what: `e-post   «${contact.subject}» fra ${person.name}` };
    }
    case 'phone': {
      const call = await placeCall(http('phone-adapter'), secrets.TWILIO_AUTH_TOKEN, {
        from: person.phone,
        to: contact.to,
        choice: contact.choice,
        speech: contact.speech,
      });
      const outcome = /<Dial/.test(call.twiml) ? 'satt over' : /<Enqueue/.test(call.twiml) ? 'i kø' : 'besvart';
      return { id: call.inquiryId, what: `telefon  valg ${contact.choice}, «${contact.speech.slice(0, 50)}…» (${outcome})` };
    }
    case 'social': {
      const social: SocialSecrets = {
        metaAppSecret: secrets.META_APP_SECRET,
        xConsumerSecret: secrets.X_CONSUMER_SECRET,
        xAccountId: secrets.X_ACCOUNT_ID,
      };
      const sent = await sendSocialMessage(http('social-adapter'), social, {
        network: contact.network,
        senderId: person.handle,
        text: contact.text,
      });
      return { id: sent.inquiryId, what: `${contact.network.padEnd(8)} «${contact.text.slice(0, 50)}…»` };
    }
  }
}

/** The routing decision as the workdesk shows it, once the router has recorded it (or null). */
async function decisionOf(token: string, id: string): Promise<{ target: string; reasons: string[] } | null> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${http('workdesk')}/api/inquiries/${id}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.ok) {
      const view = (await res.json()) as { decision: { target: string; reasons: string[] } | null };
      if (view.decision) return view.decision;
    }
    await sleep(500);
  }
  return null;
}

async function main(): Promise<void> {
  const down = [];
  for (const app of ['workdesk', 'email-adapter', 'phone-adapter', 'social-adapter'] as const) if (!(await ready(app))) down.push(app);
  if (down.length) {
    process.stderr.write(
      `Not running (or not ready): ${down.join(', ')}. Start the system first with \`npm start\` (in another terminal).\n`,
    );
    process.exit(1);
  }
  developmentUnlessSet();
  const secrets = webhookSecrets();
  if (!secrets) {
    process.stderr.write(
      'NODE_ENV=production: set TWILIO_AUTH_TOKEN, META_APP_SECRET, X_CONSUMER_SECRET and X_ACCOUNT_ID as the running system has them.\n',
    );
    process.exit(1);
  }
  const login = await fetch(`${http('workdesk')}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: process.env.DEMO_USER ?? 'supervisor', password: process.env.DEMO_PASSWORD ?? 'supervisor' }),
  });
  const token = login.ok ? ((await login.json()) as { token: string }).token : null;

  process.stdout.write(
    `Sending a contact every ${intervalMs / 1000} s through SMTP ${smtp.host}:${smtp.port}, ${http('phone-adapter')} and ${http('social-adapter')}` +
      `${Number.isFinite(count) ? ` (${count} in all)` : ''}. Watch the console: ${http('workdesk')}/ (supervisor/supervisor). Ctrl-C stops.\n\n`,
  );
  let stopping = false;
  process.on('SIGINT', () => {
    if (stopping) process.exit(130);
    stopping = true;
  });
  for (let n = 0; n < count && !stopping; n++) {
    const contact = demoContacts[n % demoContacts.length];
    const started = Date.now();
    try {
      const { id, what } = await send(contact, n, secrets);
      const time = new Date().toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo' });
      process.stdout.write(`${time}  ${id}  ${what}\n`);
      if (token) {
        // Looked up in the background, so the pace stays steady.
        void decisionOf(token, id).then((d) =>
          process.stdout.write(
            d ? `          ${id}  → ${d.target}: ${d.reasons[0] ?? ''}\n` : `          ${id}  → (no decision recorded yet)\n`,
          ),
        );
      }
    } catch (error) {
      process.stderr.write(`could not send ${contact.channel}: ${(error as Error).message}\n`);
    }
    await sleep(Math.max(0, intervalMs - (Date.now() - started)));
  }
  await sleep(2000); // the last decisions
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});

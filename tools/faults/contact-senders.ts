import { createHmac, randomBytes } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';
import { postTwilioWebhook } from '@inquiry-router/local-system';
import { signedDirectMessage } from '@inquiry-router/outbound-delivery';
import { developmentWebhookSecrets } from '../start/development-secrets';
import { PlannedContact } from './contact-mix';

/** Where the system's entrances listen. */
export interface Entrances {
  smtpPort: number;
  phoneUrl: string;
  socialUrl: string;
  workdeskUrl: string;
}

const support = 'brukerservice@altinn.example';

/**
 * Sends contacts through the real entrances as their senders do, each one retried with the same
 * identity (Message-ID, CallSid, message id, inquiry id) when refused or unanswered, as mail
 * servers, Twilio and the platforms retry: `send` resolves true when the entrance acknowledged it.
 */
export class ContactSenders {
  private readonly mail: Transporter;
  private token: Promise<string> | null = null;

  constructor(
    private readonly entrances: Entrances,
    private readonly attempts = 3,
  ) {
    this.mail = createTransport({
      host: '127.0.0.1',
      port: entrances.smtpPort,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: 8,
      maxMessages: Infinity,
      name: 'mail.example.no',
      connectionTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(contact: PlannedContact): Promise<boolean> {
    const identity = `${contact.key}-${randomBytes(4).toString('hex')}`;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        if (await this.sendOnce(contact, identity)) return true;
      } catch {
        // refused or unanswered: tried again below, as the sender would
      }
      if (attempt < this.attempts) await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
    return false;
  }

  close(): void {
    this.mail.close();
  }

  private sendOnce(contact: PlannedContact, identity: string): Promise<boolean> {
    switch (contact.entrance) {
      case 'email':
        return this.sendMail(contact, identity);
      case 'phone':
        return this.placeCall(contact, identity);
      case 'social':
        return this.sendSocial(contact, identity);
      case 'intake':
        return this.postIntake(contact, identity);
    }
  }

  /** SMTP: nodemailer resolves only on 250 for the message. */
  private async sendMail(contact: PlannedContact, identity: string): Promise<boolean> {
    await this.mail.sendMail({
      from: { name: contact.person.name, address: contact.person.email.replace('@', `.${contact.key}@`) },
      to: support,
      subject: contact.subject,
      text: contact.text,
      messageId: `<${identity}@mail.example.no>`,
    });
    return true;
  }

  /** The IVR as Twilio walks it; the call is taken when the description's answer puts it through (enqueue or dial). */
  private async placeCall(contact: PlannedContact, identity: string): Promise<boolean> {
    const token = developmentWebhookSecrets.TWILIO_AUTH_TOKEN;
    const params = {
      AccountSid: `AC${'0'.repeat(32)}`,
      ApiVersion: '2010-04-01',
      CallSid: `CA${createHmac('sha256', 'call').update(identity).digest('hex').slice(0, 32)}`,
      CallStatus: 'in-progress',
      Direction: 'inbound',
      From: contact.person.phone,
      To: contact.to,
    };
    const url = this.entrances.phoneUrl;
    for (const [path, form] of [
      ['/voice/incoming', params],
      ['/voice/menu', { ...params, Digits: contact.choice }],
    ] as const) {
      const { status } = await postTwilioWebhook(`${url}${path}`, form, token);
      if (status < 200 || status >= 300) return false;
    }
    const { status, body } = await postTwilioWebhook(
      `${url}/voice/describe?choice=${contact.choice}`,
      { ...params, SpeechResult: contact.text, Confidence: '0.91' },
      token,
    );
    return status >= 200 && status < 300 && /<(Enqueue|Dial)\b/.test(body);
  }

  /** A Messenger, Instagram or X direct message, signed as the network signs its webhooks. */
  private async sendSocial(contact: PlannedContact, identity: string): Promise<boolean> {
    const secrets = developmentWebhookSecrets;
    const { path, headers, body } = signedDirectMessage(
      { metaAppSecret: secrets.META_APP_SECRET, xConsumerSecret: secrets.X_CONSUMER_SECRET, xAccountId: secrets.X_ACCOUNT_ID },
      {
        network: contact.network,
        messageId: `m_${identity}`,
        senderId: String(3_000_000_000 + contact.n * 7 + Number.parseInt(contact.key.slice(2, 8), 16)),
        text: contact.text,
        sentAt: new Date(),
      },
    );
    const res = await fetch(`${this.entrances.socialUrl}${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    return res.ok;
  }

  /** The workdesk's intake API, as a supervisor's integration posts an inquiry. */
  private async postIntake(contact: PlannedContact, identity: string): Promise<boolean> {
    const post = async (token: string) =>
      fetch(`${this.entrances.workdeskUrl}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          id: identity,
          channel: 'email',
          receivedAt: new Date().toISOString(),
          from: { name: contact.person.name, email: contact.person.email },
          to: support,
          subject: contact.subject,
          body: contact.text,
        }),
        signal: AbortSignal.timeout(30_000),
      });
    let res = await post(await this.supervisorToken());
    if (res.status === 401) {
      this.token = null;
      res = await post(await this.supervisorToken());
    }
    await res.arrayBuffer();
    return res.ok;
  }

  private supervisorToken(): Promise<string> {
    this.token ??= (async () => {
      const res = await fetch(`${this.entrances.workdeskUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'supervisor', password: 'supervisor' }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`login answered ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    })().catch((error: unknown) => {
      this.token = null;
      throw error;
    });
    return this.token;
  }
}

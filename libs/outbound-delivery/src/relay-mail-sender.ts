import type { SendMailOptions, Transporter } from 'nodemailer';
import { smtpRelay } from '@inquiry-router/runtime';
import { DeliveryAttemptFailed } from './webhook-sender';

/**
 * A delivery's mail sent through the SMTP relay, for senders that retry: every failure (no relay
 * set, refused, timed out) is a DeliveryAttemptFailed that names the channel and the SMTP code or
 * error code, never the recipient.
 */
export class RelayMailSender {
  private readonly transport: Transporter | null;

  constructor(
    relayUrl: string | undefined,
    readonly from: string,
    timeoutMs: number,
    /** What the failures are labelled with, e.g. `mail`. */
    private readonly channel: string,
  ) {
    this.transport = smtpRelay(relayUrl, timeoutMs);
  }

  async send(mail: Omit<SendMailOptions, 'from'>): Promise<void> {
    if (!this.transport) throw new DeliveryAttemptFailed(`${this.channel}: SMTP_RELAY_URL is not set`);
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      throw new DeliveryAttemptFailed(`${this.channel}: ${e.responseCode ? `SMTP ${e.responseCode}` : (e.code ?? e.message)}`);
    }
  }
}

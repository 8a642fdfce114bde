import type { Transporter } from 'nodemailer';
import { smtpRelay } from '@inquiry-router/runtime';
import { DeliveryAttemptFailed } from '@inquiry-router/signed-webhooks';
import type { NoticeMailContent } from './notice-mail';

/**
 * Sends notice mails through the SMTP relay. The delivery id is in the Message-ID, so a repeated
 * attempt is recognisably the same message; every mail can be unsubscribed from in one click
 * (RFC 8058: `List-Unsubscribe` with an https link, and `List-Unsubscribe-Post`).
 */
export class NoticeMailSender {
  private readonly transport: Transporter | null;

  constructor(
    relayUrl: string | undefined,
    private readonly from: string,
    timeoutMs: number,
  ) {
    this.transport = smtpRelay(relayUrl, timeoutMs);
  }

  async send(to: string, mail: NoticeMailContent & { deliveryId: string; language: string; unsubscribeUrl: string }): Promise<void> {
    if (!this.transport) throw new DeliveryAttemptFailed('mail: SMTP_RELAY_URL is not set');
    try {
      await this.transport.sendMail({
        from: this.from,
        to,
        messageId: `<${mail.deliveryId}@inquiry-router>`,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: {
          'Content-Language': mail.language,
          'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          // Not a reply to anything, and no auto-replies back to the sender.
          'Auto-Submitted': 'auto-generated',
        },
      });
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      throw new DeliveryAttemptFailed(`mail: ${e.responseCode ? `SMTP ${e.responseCode}` : (e.code ?? e.message)}`);
    }
  }
}

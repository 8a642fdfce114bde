import { noticeMessageId } from '@inquiry-router/contracts';
import { RelayMailSender } from '@inquiry-router/outbound-delivery';
import type { NoticeMailContent } from './notice-mail';

/**
 * Sends notice mails through the SMTP relay. The delivery id is in the Message-ID (its own domain, never
 * read as an inquiry's), so a repeated attempt is recognisably the same message; every mail can be unsubscribed from in one click
 * (RFC 8058: `List-Unsubscribe` with an https link, and `List-Unsubscribe-Post`).
 */
export class NoticeMailSender {
  private readonly relay: RelayMailSender;

  constructor(relayUrl: string | undefined, from: string, timeoutMs: number) {
    this.relay = new RelayMailSender(relayUrl, from, timeoutMs, 'mail');
  }

  async send(to: string, mail: NoticeMailContent & { deliveryId: string; language: string; unsubscribeUrl: string }): Promise<void> {
    await this.relay.send({
      to,
      messageId: noticeMessageId(mail.deliveryId),
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
  }
}

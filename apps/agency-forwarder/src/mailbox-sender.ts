import type { Transporter } from 'nodemailer';
import { smtpRelay } from '@inquiry-router/runtime';
import type { AgencyDeliveryPayload } from './agency-delivery.payload';
import { DeliveryAttemptFailed } from '@inquiry-router/signed-webhooks';

/**
 * Sends a forwarded inquiry to an agency's support mailbox through the SMTP relay: readable text,
 * the payload as a JSON attachment, and the delivery id in the Message-ID, so a repeated attempt
 * is recognisable as the same message.
 */
export class MailboxSender {
  private readonly transport: Transporter | null;

  constructor(
    relayUrl: string | undefined,
    private readonly from: string,
    timeoutMs: number,
  ) {
    this.transport = smtpRelay(relayUrl, timeoutMs);
  }

  async send(mailbox: string, payload: AgencyDeliveryPayload, agencyName: string): Promise<void> {
    if (!this.transport) throw new DeliveryAttemptFailed('mailbox: SMTP_RELAY_URL is not set');
    const { inquiry, decision, deliveryId } = payload.data;
    const domain = this.from.split('@')[1] ?? 'localhost';
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mailbox,
        messageId: `<${deliveryId}@${domain}>`,
        subject: `Videresendt henvendelse [${inquiry.reference}]${inquiry.subject ? `: ${inquiry.subject}` : ''}`,
        text: [
          `Henvendelse ${inquiry.reference} er videresendt til ${agencyName} fra portalens brukerstøtte.`,
          `Mottatt: ${inquiry.receivedAt} (${inquiry.channel}, språk ${inquiry.language})`,
          '',
          'Hvorfor den ble sendt til dere:',
          ...decision.reasons.map((r) => `- ${r}`),
          '',
          inquiry.subject ? `Emne: ${inquiry.subject}` : null,
          '',
          inquiry.text,
          '',
          inquiry.attachments.length > 0
            ? `Vedlegg (${inquiry.attachments.length}): ${inquiry.attachments.map((a) => a.filename).join(', ')}`
            : null,
          'Svar gjennom etatenes API (POST /api/agency/inquiries/{id}/answer); svaret går til innsenderen.',
        ]
          .filter((line): line is string => line !== null)
          .join('\n'),
        attachments: [
          { filename: `${inquiry.reference}.json`, contentType: 'application/json', content: JSON.stringify(payload, null, 2) },
        ],
      });
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      throw new DeliveryAttemptFailed(`mailbox: ${e.responseCode ? `SMTP ${e.responseCode}` : (e.code ?? e.message)}`);
    }
  }
}

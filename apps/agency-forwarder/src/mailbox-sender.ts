import { RelayMailSender } from '@inquiry-router/outbound-delivery';
import type { AgencyDeliveryPayload } from './agency-delivery.payload';

/**
 * Sends a forwarded inquiry to an agency's support mailbox through the SMTP relay: readable text,
 * the payload as a JSON attachment, and the delivery id in the Message-ID, so a repeated attempt
 * is recognisable as the same message.
 */
export class MailboxSender {
  private readonly relay: RelayMailSender;

  constructor(relayUrl: string | undefined, from: string, timeoutMs: number) {
    this.relay = new RelayMailSender(relayUrl, from, timeoutMs, 'mailbox');
  }

  async send(mailbox: string, payload: AgencyDeliveryPayload, agencyName: string): Promise<void> {
    const { inquiry, decision, deliveryId } = payload.data;
    const domain = this.relay.from.split('@')[1] ?? 'localhost';
    await this.relay.send({
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
      attachments: [{ filename: `${inquiry.reference}.json`, contentType: 'application/json', content: JSON.stringify(payload, null, 2) }],
    });
  }
}

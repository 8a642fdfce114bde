import { DataSource } from 'typeorm';
import type { Channel, InquiryParty, OutboundHistoryEvent, OutboundMessage } from '@inquiry-router/contracts';

/** Whom an outbound message goes to: read from the inquiry, so publishers name only the inquiry. */
export interface OutboundRecipient {
  inquiryId: string;
  /** The conversation's first inquiry: its reference keeps replies in the thread. */
  threadId: string;
  channel: Channel;
  sender: InquiryParty;
  /** Our address, number or account the inquiry was sent to. */
  toAddress: string;
  subject: string | null;
}

/** The channel adapters' view of inquiries for sending back to inquirers, and the record of what was sent. */
export class OutboundMessageRepository {
  constructor(private readonly db: DataSource) {}

  async recipientOf(inquiryId: string): Promise<OutboundRecipient | null> {
    const [r]: { id: string; thread_id: string; channel: Channel; sender: InquiryParty; to_address: string; subject: string | null }[] =
      await this.db.query(`SELECT id, thread_id, channel, sender, to_address, subject FROM inquiries WHERE id = $1`, [inquiryId]);
    return r
      ? { inquiryId: r.id, threadId: r.thread_id, channel: r.channel, sender: r.sender, toAddress: r.to_address, subject: r.subject }
      : null;
  }

  /**
   * Records in the inquiry's history that a message went out (or, for `callback-requested`, that
   * it is to be said on a call back; for `message-undeliverable`, that the inquirer cannot be
   * reached on the channel). Once per message id and event, however often it is redelivered.
   */
  async record(message: OutboundMessage, event: OutboundHistoryEvent, extra: Record<string, unknown> = {}): Promise<boolean> {
    const details = {
      messageId: message.messageId,
      channel: message.channel,
      purpose: message.purpose,
      language: message.language,
      ...(message.subject !== undefined && { subject: message.subject }),
      body: message.body,
      createdAt: message.createdAt,
      ...extra,
    };
    const rows: unknown[] = await this.db.query(
      `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT $1, $2, $3, $4::jsonb
        WHERE NOT EXISTS (SELECT 1 FROM inquiry_history WHERE inquiry_id = $1 AND event = $2 AND details->>'messageId' = $5)
       RETURNING id`,
      [message.inquiryId, event, message.sentBy, JSON.stringify(details), message.messageId],
    );
    return rows.length === 1;
  }
}

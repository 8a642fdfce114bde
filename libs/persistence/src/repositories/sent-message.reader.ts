import { DataSource } from 'typeorm';
import type { Channel, OutboundPurpose } from '@inquiry-router/contracts';

/** An inquiry a sent message may be about: its id and its conversation's first inquiry. */
export interface SentInquiryRow {
  id: string;
  threadId: string;
}

/** A history row of something that went out to an inquirer: `message-sent`, or `callback-requested` (a call-back task). */
export interface SentHistoryRow {
  inquiryId: string;
  threadId: string;
  event: 'message-sent' | 'callback-requested';
  at: Date;
  messageId: string | null;
  channel: Channel | null;
  purpose: OutboundPurpose | null;
  subject: string | null;
  body: string;
  /** The inquirer as the inquiry names them: a social handle (the platform id, where it was one). */
  handle: string | null;
}

/** A call-back task, with the number to call and the number the inquirer called. */
export interface CallbackTaskRow extends SentHistoryRow {
  phone: string | null;
  toAddress: string;
}

type HistoryRow = {
  inquiry_id: string;
  thread_id: string;
  event: SentHistoryRow['event'];
  at: Date;
  details: { messageId?: string; channel?: Channel; purpose?: OutboundPurpose; subject?: string; body?: string };
  handle: string | null;
};

const historyColumns = `h.inquiry_id, i.thread_id, h.event, h.at, h.details, i.sender->>'handle' AS handle`;

function toHistory(r: HistoryRow): SentHistoryRow {
  return {
    inquiryId: r.inquiry_id,
    threadId: r.thread_id,
    event: r.event,
    at: r.at,
    messageId: r.details.messageId ?? null,
    channel: r.details.channel ?? null,
    purpose: r.details.purpose ?? null,
    subject: r.details.subject ?? null,
    body: r.details.body ?? '',
    handle: r.handle,
  };
}

/**
 * What the development Sent page reads of Postgres to tie what the local sinks received to its
 * inquiry and thread, and the phone channel's call-back tasks (which are history rows only).
 */
export class SentMessageReader {
  constructor(private readonly db: DataSource) {}

  /** The inquiries of these ids that are recorded. */
  async inquiries(ids: readonly string[]): Promise<SentInquiryRow[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; thread_id: string }[] = await this.db.query(`SELECT id, thread_id FROM inquiries WHERE id = ANY($1)`, [
      [...new Set(ids)],
    ]);
    return rows.map((r) => ({ id: r.id, threadId: r.thread_id }));
  }

  /** The messages recorded as sent to these inquiries. */
  async messagesSentTo(inquiryIds: readonly string[]): Promise<SentHistoryRow[]> {
    if (inquiryIds.length === 0) return [];
    const rows: HistoryRow[] = await this.db.query(
      `SELECT ${historyColumns} FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
        WHERE h.inquiry_id = ANY($1) AND h.event = 'message-sent'`,
      [[...new Set(inquiryIds)]],
    );
    return rows.map(toHistory);
  }

  /** The direct messages recorded as sent on social media in [from, to]. */
  async socialMessagesSentBetween(from: Date, to: Date): Promise<SentHistoryRow[]> {
    const rows: HistoryRow[] = await this.db.query(
      `SELECT ${historyColumns} FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
        WHERE h.event = 'message-sent' AND h.at BETWEEN $1 AND $2 AND h.details->>'channel' = 'social'`,
      [from, to],
    );
    return rows.map(toHistory);
  }

  /** The most recent call-back tasks, newest first. */
  async callbackTasks(limit: number): Promise<CallbackTaskRow[]> {
    const rows: (HistoryRow & { phone: string | null; to_address: string })[] = await this.db.query(
      `SELECT ${historyColumns}, i.sender->>'phone' AS phone, i.to_address
         FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
        WHERE h.event = 'callback-requested'
        ORDER BY h.at DESC, h.id DESC
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ ...toHistory(r), phone: r.phone, toAddress: r.to_address }));
  }
}

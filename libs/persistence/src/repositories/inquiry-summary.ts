import type { Channel } from '@inquiry-router/contracts';

/** What a list of inquiries shows of each, as stored: where it came from and went, and the start of its text. */
export interface InquirySummaryRecord {
  channel: Channel;
  receivedAt: Date;
  subject: string | null;
  /** The start of its body (enough for a summary). */
  bodyStart: string;
  status: string;
  queue: string | null;
  agency: string | null;
  /** The decision's target and category. */
  target: string | null;
  category: string | null;
  personalDataErasedAt: Date | null;
}

/** The columns a summary is read from, of the inquiry aliased `inquiry` and its routing decision aliased `decision`. */
export const inquirySummaryColumns = (inquiry: string, decision: string): string =>
  `${inquiry}.channel, ${inquiry}.received_at, ${inquiry}.subject, left(${inquiry}.body, 300) AS body_start, ${inquiry}.status, ` +
  `${inquiry}.queue, ${inquiry}.agency, ${decision}.target, ${decision}.category, ${inquiry}.personal_data_erased_at`;

/** A summary as `inquirySummaryColumns` read it. */
export interface StoredInquirySummary {
  channel: Channel;
  received_at: Date;
  subject: string | null;
  body_start: string;
  status: string;
  queue: string | null;
  agency: string | null;
  target: string | null;
  category: string | null;
  personal_data_erased_at: Date | null;
}

export const inquirySummaryOf = (r: StoredInquirySummary): InquirySummaryRecord => ({
  channel: r.channel,
  receivedAt: r.received_at,
  subject: r.subject,
  bodyStart: r.body_start,
  status: r.status,
  queue: r.queue,
  agency: r.agency,
  target: r.target,
  category: r.category,
  personalDataErasedAt: r.personal_data_erased_at,
});

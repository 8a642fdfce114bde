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

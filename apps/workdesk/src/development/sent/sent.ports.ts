import type { SentChannel, SinkRecord } from '@inquiry-router/contracts';
import type { CallbackTaskRow, SentHistoryRow, SentInquiryRow } from '@inquiry-router/persistence';

/** What the local sinks answered: their records, or why there are none. */
export type SinksAnswer =
  { state: 'running'; url: string; records: SinkRecord[] } | { state: 'not-running' | 'unreachable'; reason: string; records: [] };

/** The local sinks (LOCAL_SINKS_URL): what they received, newest first. */
export abstract class SentSinks {
  abstract recent(limit: number, channel?: SentChannel): Promise<SinksAnswer>;
}

/** What Postgres knows of sent messages' inquiries, and the call-back tasks. */
export abstract class SentRecords {
  abstract inquiries(ids: readonly string[]): Promise<SentInquiryRow[]>;
  abstract messagesSentTo(inquiryIds: readonly string[]): Promise<SentHistoryRow[]>;
  abstract socialMessagesSentBetween(from: Date, to: Date): Promise<SentHistoryRow[]>;
  abstract callbackTasks(limit: number): Promise<CallbackTaskRow[]>;
}

import { inquiryOfMessageId, outboundMessageIdOf, type SentMessageView, type SinkRecord } from '@inquiry-router/contracts';
import type { CallbackTaskRow, SentHistoryRow, SentInquiryRow } from '@inquiry-router/persistence';

/** A message's own history row is recorded just after the send; the sink saw it just before. */
export const HistoryMatchWindowMs = 10 * 60_000;

/** What Postgres knows of the inquiries the sink records name, and of the messages recorded as sent. */
export interface SentResolution {
  inquiries: readonly SentInquiryRow[];
  sentHistory: readonly SentHistoryRow[];
}

/** The text a direct message carries for a history row: the social channel puts a subject first. */
const socialTexts = (row: SentHistoryRow): string[] => [row.body, ...(row.subject ? [`${row.subject}\n\n${row.body}`] : [])];

/**
 * The history row of what a sink received, if any: for a mail, the row of its outbound message id;
 * for a direct message, a row of the same text recorded around the same time, preferring the
 * inquiry its references name, then the person it went to, then the nearest in time.
 */
function historyOf(record: SinkRecord, inquiryId: string | null, rows: readonly SentHistoryRow[]): SentHistoryRow | null {
  if (record.channel === 'email') {
    const outbound = outboundMessageIdOf(record.messageId);
    return (outbound && rows.find((r) => r.messageId === outbound && r.channel === 'email')) || null;
  }
  if (record.channel !== 'social') return null;
  const at = Date.parse(record.at);
  const candidates = rows
    .filter((r) => r.channel === 'social' && Math.abs(r.at.getTime() - at) <= HistoryMatchWindowMs && socialTexts(r).includes(record.text))
    .sort((a, b) => Math.abs(a.at.getTime() - at) - Math.abs(b.at.getTime() - at));
  return (
    candidates.find((r) => r.inquiryId === inquiryId) ??
    candidates.find((r) => r.handle !== null && record.to.includes(r.handle)) ??
    candidates[0] ??
    null
  );
}

/** What the sinks received, each tied to its inquiry and thread as far as Postgres knows them. */
export function sinkMessageViews(records: readonly SinkRecord[], resolution: SentResolution): SentMessageView[] {
  const inquiries = new Map(resolution.inquiries.map((i) => [i.id, i]));
  return records.map((record) => {
    const named = record.inquiryReferences.map((ref) => inquiries.get(ref)).find((i) => i !== undefined) ?? null;
    const history = historyOf(record, named?.id ?? null, resolution.sentHistory);
    const inquiry = named ?? (history ? { id: history.inquiryId, threadId: history.threadId } : null);
    const receipt = record.channel === 'email' && inquiry !== null && inquiryOfMessageId(record.messageId) === inquiry.id;
    return {
      id: record.id,
      at: record.at,
      channel: record.channel,
      via: record.via,
      purpose: history?.purpose ?? (receipt ? 'acknowledgement' : null),
      from: record.from,
      to: record.to,
      subject: record.subject,
      text: record.text,
      messageId: record.messageId,
      inReplyTo: record.inReplyTo,
      thread: inquiry?.threadId ?? null,
      inquiry: inquiry && { id: inquiry.id, reference: inquiry.id },
    };
  });
}

/** The phone channel's "sent" messages: tasks to call the inquirer back and say the text. */
export function callbackViews(tasks: readonly CallbackTaskRow[]): SentMessageView[] {
  return tasks.map((task) => ({
    id: `callback:${task.inquiryId}:${task.messageId ?? task.at.toISOString()}`,
    at: task.at.toISOString(),
    channel: 'phone',
    via: 'callback',
    purpose: task.purpose,
    from: task.toAddress,
    to: task.phone ? [task.phone] : [],
    subject: task.subject,
    text: task.body,
    messageId: null,
    inReplyTo: null,
    thread: task.threadId,
    inquiry: { id: task.inquiryId, reference: task.inquiryId },
  }));
}

/** Both lists as one, newest first, at most `limit`. */
export function newestFirst(limit: number, ...lists: SentMessageView[][]): SentMessageView[] {
  return lists
    .flat()
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, limit);
}

/** The time the direct messages not tied to an inquiry by their text were sent in, widened by the match window; null when there are none. */
export function socialSpanOf(records: readonly SinkRecord[], recorded: ReadonlySet<string>): { from: Date; to: Date } | null {
  const times = records
    .filter((r) => r.channel === 'social' && !r.inquiryReferences.some((ref) => recorded.has(ref)))
    .map((r) => Date.parse(r.at));
  if (times.length === 0) return null;
  return { from: new Date(Math.min(...times) - HistoryMatchWindowMs), to: new Date(Math.max(...times) + HistoryMatchWindowMs) };
}

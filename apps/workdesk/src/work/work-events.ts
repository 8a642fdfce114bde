import { InquiryWork, Topics, WorkEventType } from '@inquiry-router/contracts';
import type { WorkEventMessage } from '@inquiry-router/persistence';

/** One `inquiry.work.v1` event, as an outbox message keyed by the inquiry. */
export function workEvent(
  type: WorkEventType,
  fields: { inquiryId: string; queue: string | null; adviser: string | null; actor: string } & Partial<
    Pick<InquiryWork, 'reservedUntil' | 'agency' | 'caseType' | 'note' | 'details'>
  >,
): WorkEventMessage {
  const payload: InquiryWork = { type, at: new Date().toISOString(), ...fields };
  return { topic: Topics.InquiryWork, key: fields.inquiryId, payload };
}

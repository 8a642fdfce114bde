import type { InquiryView } from '../api/types';

/** `GET /api/inquiries/:id` for an inquiry waiting in the first line: nobody holds it, no deadline, no history yet. */
export const queuedInFirstLine = (inquiry: InquiryView['inquiry'], decision: InquiryView['decision'] = null): InquiryView => ({
  inquiry,
  status: 'queued',
  queue: 'first-line',
  assignedTo: null,
  reservedBy: null,
  reservedUntil: null,
  dueAt: null,
  slaTarget: null,
  decision,
  history: [],
  thread: [],
  incidents: [],
});

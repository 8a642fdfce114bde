import type { InquiryState } from '../inquiry-state';

/** An inquiry waiting in the first-line queue, neither reserved nor held by anyone. */
export const waiting: InquiryState = {
  id: 'i-1',
  status: 'queued',
  queue: 'first-line',
  agency: null,
  assignedTo: null,
  reservedBy: null,
  reservedUntil: null,
  overflowedAt: null,
};

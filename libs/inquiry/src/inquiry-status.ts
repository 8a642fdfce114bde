import type { InquiryStatus } from '@inquiry-router/contracts';

// The statuses themselves are in the contracts' vocabulary, which the console reads too.
export { InquiryStatuses, type InquiryStatus } from '@inquiry-router/contracts';

/** The statuses whose routing (enqueue or forward) may still have to be carried out. */
export const PendingRoutingStatuses = ['queued', 'forward-pending'] as const satisfies readonly InquiryStatus[];
export type PendingRoutingStatus = (typeof PendingRoutingStatuses)[number];

export const isPendingRouting = (status: InquiryStatus): status is PendingRoutingStatus =>
  (PendingRoutingStatuses as readonly InquiryStatus[]).includes(status);

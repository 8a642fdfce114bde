/**
 * Where an inquiry stands. `queued` and `forward-pending` are the only states routing may
 * (re)act on; `in-thread` is a reply that joined a conversation still being handled. A reserved
 * inquiry is still `queued`, with the adviser it waits for in `reservedBy`.
 */
export const InquiryStatuses = ['queued', 'claimed', 'forward-pending', 'forwarded', 'resolved', 'in-thread'] as const;
export type InquiryStatus = (typeof InquiryStatuses)[number];

/** The statuses whose routing (enqueue or forward) may still have to be carried out. */
export const PendingRoutingStatuses = ['queued', 'forward-pending'] as const satisfies readonly InquiryStatus[];
export type PendingRoutingStatus = (typeof PendingRoutingStatuses)[number];

export const isPendingRouting = (status: InquiryStatus): status is PendingRoutingStatus =>
  (PendingRoutingStatuses as readonly InquiryStatus[]).includes(status);

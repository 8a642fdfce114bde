import type { InquiryStatus } from './inquiry-status';

/** What the lifecycle rules look at: where an inquiry stands and who has it. */
export interface InquiryState {
  id: string;
  status: InquiryStatus;
  queue: string | null;
  agency: string | null;
  /** The adviser who accepted it (status `claimed`). */
  assignedTo: string | null;
  /** The adviser a `queued` inquiry is reserved for, until `reservedUntil`. */
  reservedBy: string | null;
  reservedUntil: Date | null;
  /** When it waited past its queue's limit (once per inquiry). */
  overflowedAt: Date | null;
}

/** Whoever acts on an inquiry: an adviser, or someone allowed to take others' work over (a supervisor). */
export interface Actor {
  username: string;
  mayTakeOver: boolean;
}

import type { ClaimSession, HeldInquiry, WorkOutcome, WorkPlan, WorkRow } from '@inquiry-router/persistence';

/** The work actions: each plans its change on the locked inquiry and writes it with its events. */
export abstract class WorkActions {
  abstract act(id: string, topicPrefix: string, plan: (row: WorkRow) => WorkPlan): Promise<WorkOutcome>;
}

/** Claims of work: the adviser with what they hold, then the reservation recorded in turn (one claim of an adviser at a time). */
export abstract class ClaimSessions {
  abstract open(adviser: string, topicPrefix: string): Promise<ClaimSession>;
}

/** What waits in the queues as the system of record has it. */
export abstract class WaitingWork {
  /** What an adviser holds reserved now (to release when they go offline). */
  abstract reservedBy(adviser: string): Promise<string[]>;
  /** The inquiries among `ids` that wait unreserved in `queue`, older than `olderThanMinutes`, not yet overflowed. */
  abstract overdue(queue: string, ids: string[], olderThanMinutes: number): Promise<string[]>;
}

/** What one adviser holds now, oldest first. */
export abstract class HeldWork {
  abstract heldBy(adviser: string): Promise<HeldInquiry[]>;
}

/** What one fault did to the contacts sent through it: the line the harness prints. */
export interface FaultOutcome {
  fault: string;
  /** Contacts the adapters acknowledged (SMTP 250, webhook 2xx with the call put through, intake 2xx). */
  accepted: number;
  /** Of those, found in Postgres in their final state (and, when queued, in their live queue). */
  recorded: number;
  /** Accepted but not recorded once the pipeline settled. */
  lost: number;
  /** Inquiry rows beyond the first for one contact. */
  duplicatedRows: number;
  /** Places in the live queues beyond the first for one inquiry (queue sets and reservations). */
  duplicatedQueueEntries: number;
  /** From the fault's end until the pipeline processed again. */
  recoverSeconds: number;
}

/** One inquiry row of the run, with the contact its text names. */
export interface InquiryRow {
  contact: string;
  inquiryId: string;
  status: string;
  queue: string | null;
  /** Its agency delivery is delivered (or available to the agency's API). */
  delivered: boolean;
}

/** One place an inquiry holds in Redis: a queue set's key, or the reservations. */
export interface QueuePlace {
  inquiryId: string;
  place: string;
}

/**
 * Final state: routed into a queue (and there in Redis, where advisers take work from), or
 * forwarded and delivered to the agency.
 */
export function isFinal(row: InquiryRow, queued: ReadonlySet<string>): boolean {
  if (row.status === 'queued') return row.queue !== null && queued.has(row.inquiryId);
  return row.status === 'forwarded' && row.delivered;
}

/** Counts a fault's line from what was accepted and what Postgres and Redis hold for the run. */
export function countOutcome(
  fault: string,
  accepted: readonly string[],
  rows: readonly InquiryRow[],
  places: readonly QueuePlace[],
  recoverSeconds: number,
): FaultOutcome {
  const queued = new Set(places.map((p) => p.inquiryId));
  const idsByContact = new Map<string, Set<string>>();
  const finalContacts = new Set<string>();
  for (const row of rows) {
    const ids = idsByContact.get(row.contact) ?? new Set<string>();
    ids.add(row.inquiryId);
    idsByContact.set(row.contact, ids);
    if (isFinal(row, queued)) finalContacts.add(row.contact);
  }
  const acceptedContacts = new Set(accepted);
  const recorded = [...acceptedContacts].filter((c) => finalContacts.has(c)).length;
  const duplicatedRows = [...idsByContact.values()].reduce((sum, ids) => sum + ids.size - 1, 0);

  const runIds = new Set(rows.map((r) => r.inquiryId));
  const placesById = new Map<string, Set<string>>();
  for (const p of places) {
    if (!runIds.has(p.inquiryId)) continue;
    const set = placesById.get(p.inquiryId) ?? new Set<string>();
    set.add(p.place);
    placesById.set(p.inquiryId, set);
  }
  const duplicatedQueueEntries = [...placesById.values()].reduce((sum, set) => sum + set.size - 1, 0);

  return {
    fault,
    accepted: acceptedContacts.size,
    recorded,
    lost: acceptedContacts.size - recorded,
    duplicatedRows,
    duplicatedQueueEntries,
    recoverSeconds: Math.round(recoverSeconds * 10) / 10,
  };
}

/** What an accepted contact that is not recorded is in: the first thing to look at when a fault loses one. */
export function lostStates(accepted: readonly string[], rows: readonly InquiryRow[], places: readonly QueuePlace[]): Map<string, string[]> {
  const queued = new Set(places.map((p) => p.inquiryId));
  const rowsByContact = new Map<string, InquiryRow[]>();
  for (const row of rows) rowsByContact.set(row.contact, [...(rowsByContact.get(row.contact) ?? []), row]);
  const states = new Map<string, string[]>();
  for (const contact of new Set(accepted)) {
    const own = rowsByContact.get(contact) ?? [];
    if (own.some((row) => isFinal(row, queued))) continue;
    const state = own.length === 0 ? 'no inquiry row' : stateOf(own[0]);
    states.set(state, [...(states.get(state) ?? []), contact]);
  }
  return states;
}

function stateOf(row: InquiryRow): string {
  if (row.status === 'queued') return row.queue === null ? 'queued without a queue' : `queued in ${row.queue}, not in its live queue`;
  if (row.status === 'forwarded') return 'forwarded, its delivery not done';
  return row.status;
}

/** The summary line: every field summed, and how many faults ran. */
export function summarize(outcomes: readonly FaultOutcome[]): Omit<FaultOutcome, 'fault'> & { faults: number } {
  const sum = (field: Exclude<keyof FaultOutcome, 'fault'>) => outcomes.reduce((total, o) => total + o[field], 0);
  return {
    faults: outcomes.length,
    accepted: sum('accepted'),
    recorded: sum('recorded'),
    lost: sum('lost'),
    duplicatedRows: sum('duplicatedRows'),
    duplicatedQueueEntries: sum('duplicatedQueueEntries'),
    recoverSeconds: Math.round(sum('recoverSeconds') * 10) / 10,
  };
}

/** A fault passes when it lost nothing and put no inquiry twice in the queues. */
export function passed(outcome: Pick<FaultOutcome, 'lost' | 'duplicatedQueueEntries'>): boolean {
  return outcome.lost === 0 && outcome.duplicatedQueueEntries === 0;
}

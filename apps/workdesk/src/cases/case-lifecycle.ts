import type { CaseStatus } from '@inquiry-router/contracts';

/**
 * The lifecycle a person moves a case through: registered → in progress → waiting (on the
 * reporter or a supplier) → in progress … → resolved → closed. A resolved case may be taken up
 * again; a closed one is final (a new inquiry in the conversation opens a new case).
 */
const Allowed: Record<CaseStatus, readonly CaseStatus[]> = {
  registered: ['in-progress'],
  'in-progress': ['waiting-reporter', 'waiting-supplier', 'resolved'],
  'waiting-reporter': ['in-progress', 'resolved'],
  'waiting-supplier': ['in-progress', 'resolved'],
  resolved: ['in-progress', 'closed'],
  closed: [],
};

/** Why a case cannot go from one status to another, or null when it can. */
export function transitionRefusal(from: CaseStatus, to: CaseStatus): string | null {
  if (from === to) return `the case is ${from} already`;
  const next = Allowed[from];
  if (next.includes(to)) return null;
  return next.length === 0 ? `a ${from} case cannot change status` : `a ${from} case can go to ${next.join(' or ')}, not ${to}`;
}

/**
 * What a reply from the reporter does to the case: reopens a resolved one, and takes one that
 * waited on the reporter back into work. Null: the status stays (the reply is noted).
 */
export function statusAfterReply(status: CaseStatus): CaseStatus | null {
  return status === 'resolved' || status === 'waiting-reporter' ? 'in-progress' : null;
}

import type { PolicyProblem } from '@inquiry-router/classification';

/** Failures of the policy use cases, as outcomes the transport maps to its own terms (HTTP 400/404/409/429). */
export abstract class PolicyError extends Error {}

/** The draft (or change) has problems; nothing was stored. */
export class InvalidPolicyDraft extends PolicyError {
  constructor(readonly problems: PolicyProblem[]) {
    super(`the draft has ${problems.length} problem(s): ${problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}`);
  }
}

export class PolicyNotFound extends PolicyError {}

/** The draft cannot be published as asked: its base is no longer in force, or it is not a draft any more. */
export class PolicyDraftConflict extends PolicyError {}

/** Another simulation is running in this instance; simulations share the CPU with classification. */
export class SimulationBusy extends PolicyError {}

import { describeProblems, DomainError } from '@inquiry-router/contracts';
import type { PolicyProblem } from '@inquiry-router/classification';

/** The draft (or change) has problems; nothing was stored. */
export class InvalidPolicyDraft extends DomainError {
  constructor(problems: PolicyProblem[]) {
    super('invalid', `the draft has ${problems.length} problem(s): ${describeProblems(problems).join('; ')}`, { problems });
  }
}

export class PolicyNotFound extends DomainError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The draft cannot be published as asked: its base is no longer in force, or it is not a draft any more. */
export class PolicyDraftConflict extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** Another simulation is running in this instance; simulations share the CPU with classification. */
export class SimulationBusy extends DomainError {
  constructor(message: string) {
    super('busy', message, { retryAfterSeconds: 5 });
  }
}

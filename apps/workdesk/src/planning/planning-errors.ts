import { DomainError } from '@inquiry-router/contracts';

/** A planning request the planner cannot answer as asked: a bad span, a shift that cannot be, a setting out of range. */
export class InvalidPlanningRequest extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/** Too little history to learn a forecast from. */
export class NotEnoughHistory extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class RosterShiftNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no roster shift ${id}`);
  }
}

export class AdviserNotFound extends DomainError {
  constructor(adviser: string) {
    super('not-found', `no adviser "${adviser}" on the adviser register`);
  }
}

export class ProposalNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no extended-hours proposal ${id}`);
  }
}

/** A proposal already decided the other way (accepting a dismissed one, dismissing an accepted one). */
export class ProposalAlreadyDecided extends DomainError {
  constructor(id: string, status: string) {
    super('conflict', `proposal ${id} is already ${status}`);
  }
}

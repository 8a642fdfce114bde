import { DomainError } from '@inquiry-router/contracts';

export class AdviserNotOnRegister extends DomainError {
  constructor(adviser: string) {
    super('not-found', `no adviser ${adviser.slice(0, 100)} on the register`);
  }
}

/** A competence change the rules refuse (a mentor who is not one there, a mentor for a qualified adviser, …). */
export class CompetenceChangeRefused extends DomainError {
  constructor(reason: string) {
    super('unprocessable', reason);
  }
}

export class AdviserUpdateNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no adviser update ${id.slice(0, 40)}`);
  }
}

/** The update does not reach the adviser: there is nothing of theirs to confirm. */
export class UpdateNotForAdviser extends DomainError {
  constructor(id: string, adviser: string) {
    super('forbidden', `update ${id} is not addressed to ${adviser}`);
  }
}

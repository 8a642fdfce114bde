import { DomainError } from '@inquiry-router/contracts';

/** No case with this id. */
export class CaseNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no case ${id}`);
  }
}

/** The lifecycle does not allow the change (the reason says what it allows). */
export class CaseTransitionRefused extends DomainError {
  constructor(id: string, reason: string) {
    super('conflict', `case ${id}: ${reason}`);
  }
}

/** The named owner is not an adviser or supervisor. */
export class UnknownCaseOwner extends DomainError {
  constructor(username: string) {
    super('unprocessable', `"${username}" is not an adviser or supervisor`);
  }
}

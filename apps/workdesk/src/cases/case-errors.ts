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

/** Kafka did not take the change's events: nothing was changed, the caller may try again. */
export class CaseChangeNotPublished extends DomainError {
  constructor(cause: unknown) {
    super('unavailable', `the change could not be announced: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

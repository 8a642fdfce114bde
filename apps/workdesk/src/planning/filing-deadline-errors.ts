import { DomainError } from '@inquiry-router/contracts';

/** A deadline the calendar cannot take: a rule it cannot use, an agency not in the policy, a range too long. */
export class InvalidFilingDeadline extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

export class FilingDeadlineNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no filing deadline ${id}`);
  }
}

/** The agency already has a deadline of that name. */
export class DuplicateFilingDeadline extends DomainError {
  constructor(agency: string, name: string) {
    super('conflict', `${agency} already has a deadline named "${name}"`);
  }
}

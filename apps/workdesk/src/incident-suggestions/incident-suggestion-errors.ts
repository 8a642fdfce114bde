import { DomainError } from '@inquiry-router/contracts';

export class IncidentSuggestionNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no incident suggestion ${id}`);
  }
}

/** Confirmed or dismissed before: a decision stands. */
export class IncidentSuggestionAlreadyDecided extends DomainError {
  constructor(id: string, status: string) {
    super('conflict', `incident suggestion ${id} is already ${status}`);
  }
}

/** The notice named as the incident registered for the rise does not exist. */
export class UnknownNotice extends DomainError {
  constructor(noticeId: string) {
    super('unprocessable', `no notice ${noticeId}: register the incident first, then confirm with its id`);
  }
}

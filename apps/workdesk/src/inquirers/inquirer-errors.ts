import { DomainError } from '@inquiry-router/contracts';

export class LinkSuggestionNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no inquirer suggestion ${id.slice(0, 40)}`);
  }
}

/** Confirmed or rejected before: a decision stands. */
export class LinkSuggestionAlreadyDecided extends DomainError {
  constructor(id: string, status: string) {
    super('conflict', `inquirer suggestion ${id} is already ${status}`);
  }
}

/** The two inquiries are one person's already (or the same inquiry). */
export class AlreadyOnePerson extends DomainError {
  constructor(inquiryId: string, otherInquiryId: string) {
    super('conflict', `${inquiryId} and ${otherInquiryId} are the same person's already`);
  }
}

/** The inquiry's person has no contact outside its conversation: there is nothing to split it from. */
export class NothingToSplit extends DomainError {
  constructor(inquiryId: string) {
    super('conflict', `${inquiryId} and its conversation are all their person's contacts: there is nothing to split it from`);
  }
}

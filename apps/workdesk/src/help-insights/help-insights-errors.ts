import { DomainError } from '@inquiry-router/contracts';

export class HelpPageNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no help page ${id}`);
  }
}

/** Another page has that address: the catalogue keeps one page per address. */
export class DuplicateHelpPage extends DomainError {
  constructor(url: string) {
    super('conflict', `a help page with the address ${url} is in the catalogue already`);
  }
}

/** A request the report or a mark cannot use: a period with to not after from or too long, a mark in the future. */
export class InvalidInsightsRequest extends DomainError {
  constructor(path: string, message: string) {
    super('invalid', message, { problems: [{ path, message }] });
  }
}

/** A mark names a page that is not in the catalogue. */
export class MarkedPageNotFound extends DomainError {
  constructor(id: string) {
    super('unprocessable', `no help page ${id} in the catalogue`, { problems: [{ path: 'helpPageId', message: `no help page ${id}` }] });
  }
}

import { DomainError } from '@inquiry-router/contracts';

export class NoticeNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no notice ${id}`);
  }
}

/** The update was made on a version someone has changed since: read the notice again. */
export class StaleNotice extends DomainError {
  constructor(id: string, given: number, current: number) {
    super('conflict', `${id} is at version ${current}, not ${given}: it was changed meanwhile; read it again`);
  }
}

/** A notice that cannot be as asked: an expected end before its start. */
export class InvalidNotice extends DomainError {
  constructor(path: string, message: string) {
    super('invalid', message, { problems: [{ path, message }] });
  }
}

/** Components the notice names that are not among the portal's components. */
export class UnknownComponents extends DomainError {
  constructor(codes: readonly string[]) {
    super('unprocessable', `unknown components: ${codes.join(', ')}`, {
      problems: [{ path: 'components', message: `not a component: ${codes.join(', ')}` }],
    });
  }
}

import { DomainError, ErrorKind } from '@inquiry-router/contracts';

export type WorkRefusalKind = Extract<ErrorKind, 'not-found' | 'conflict' | 'forbidden'>;

/** Why an adviser's action on an inquiry cannot be done. */
export class WorkRefused extends DomainError {
  declare readonly kind: WorkRefusalKind;

  constructor(kind: WorkRefusalKind, message: string) {
    super(kind, message);
  }
}

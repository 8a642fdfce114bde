import { DomainError } from '@inquiry-router/contracts';

/** An order the calendar cannot take (times out of order, a date in the past, a range too long). */
export class InvalidOpeningOrder extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

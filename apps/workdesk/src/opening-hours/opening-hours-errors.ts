/** An order the calendar cannot take (times out of order, a date in the past, a range too long): a 400. */
export class InvalidOpeningOrder extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOpeningOrder';
  }
}

/**
 * An error named after its class: `name` (in logs, in `String(error)`) says which failure it is,
 * also for a subclass of a subclass, without each class setting it by hand.
 */
export class NamedError extends Error {
  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

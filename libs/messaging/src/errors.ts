/**
 * Thrown by a handler when retrying cannot help (the message itself is wrong for this consumer):
 * the message goes straight to the dead-letter topic with this reason.
 */
export class NonRetriableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NonRetriableError';
  }
}

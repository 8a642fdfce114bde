import { NamedError } from './named-error';

/**
 * What kind of failure a use case or a domain rule reports. The kind is all a transport needs:
 * HTTP maps it to a status and a problem document (libs/runtime), other transports to their own
 * terms. Domain code names the kind; it never names a status.
 */
export const ErrorKinds = [
  'invalid', // the request itself is wrong (with `problems` when there are several)
  'unauthenticated', // who is asking is not known
  'forbidden', // the caller may not do this
  'not-found', // what the request names does not exist
  'conflict', // the thing is not in a state that allows it now
  'unprocessable', // well-formed, but names something that cannot be used here
  'busy', // too much at once here; try again after `retryAfterSeconds`
  'unavailable', // a service we depend on did not answer; nothing was changed, try again
] as const;
export type ErrorKind = (typeof ErrorKinds)[number];

/** One thing wrong with an input, at a path into it (`''` for the input as a whole). */
export interface Problem {
  path: string;
  message: string;
}

export interface DomainErrorOptions {
  problems?: readonly Problem[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** A failure with a kind; subclasses name the failure, the kind says how it is answered. */
export class DomainError extends NamedError {
  readonly problems?: readonly Problem[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.problems) this.problems = options.problems;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A list of problems as messages: `path: message` each (the message alone for the input as a whole). */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

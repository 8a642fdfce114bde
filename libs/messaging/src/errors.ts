import { NamedError } from '@inquiry-router/contracts';

/**
 * Thrown by a handler when retrying cannot help (the message itself is wrong for this consumer):
 * the message goes straight to the dead-letter topic with this reason.
 */
export class NonRetriableError extends NamedError {}

/**
 * Thrown by a handler whose work needs what another app records first (the workdesk opens a case
 * once the router has recorded the inquiry, both reading the same topic): retried, and
 * dead-lettered when the retries run out, as any failure is, but only from `doneBy` on when it is
 * given. The other app being a moment behind is the usual case, not a warning: the first retries
 * (`QuietWaitingRetries`) are logged at debug.
 */
export class WaitingForAnotherApp extends NamedError {
  constructor(
    message: string,
    /**
     * When the other app is known to be done or gone by then (epoch ms; the end of a lease it holds):
     * until then, retries do not count towards dead-lettering, so a holder that died mid-work is
     * outwaited instead of its message being dead-lettered.
     */
    readonly doneBy?: number,
  ) {
    super(message);
  }
}

/**
 * What a handler's failure was, for its retries: a service being unavailable (waited for, logged
 * as such), another app holding the work within the bound it gave (outwaited), or a failure of the
 * work itself, the only kind that counts towards dead-lettering the message.
 */
export type FailureKind = 'unavailable' | 'bounded-wait' | 'work';

export function failureKind(error: unknown, now = Date.now()): FailureKind {
  if (isUnavailable(error)) return 'unavailable';
  if (error instanceof WaitingForAnotherApp && error.doneBy !== undefined && now < error.doneBy) return 'bounded-wait';
  return 'work';
}

/** Retries of a `WaitingForAnotherApp` logged at debug before they are warned of. */
export const QuietWaitingRetries = 3;

/** Node's codes for a connection that could not be made, or broke. */
const UnreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * SQLSTATEs of a database that is down, restarting, full of connections, or asks for the
 * transaction again: connection exceptions (class 08), shutdowns and start-up (57P01–57P03), too many
 * connections (53300), serialization failures and deadlocks (40001, 40P01).
 */
const UnavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);
/** What the Postgres and Redis clients say, without a code, when their connection ends or cannot be had. */
const UnavailableMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Connection is closed\.?$/,
  /^Client was closed and is not queryable/,
  /^Reached the max retries per request limit/,
];

/**
 * A failure that says nothing about the message: a service the handler needs (the database, Redis,
 * the broker) could not be reached or refused work for now. Retrying later helps, so consumers retry
 * such a failure until the service answers instead of dead-lettering the message after a few tries;
 * a database restart must not send what was in hand to the dead-letter topic.
 */
export function isUnavailable(error: unknown): boolean {
  // Read by shape, not `instanceof Error`: errors made by Node itself may come from another realm (a test runner's sandbox).
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const failure = e as { code?: unknown; name?: unknown; message?: unknown; retriable?: unknown; driverError?: unknown; cause?: unknown };
    const code = failure.code;
    if (typeof code === 'string' && (UnreachableCodes.has(code) || UnavailableSqlStates.has(code) || code.startsWith('08'))) return true;
    if (failure.retriable === true && typeof failure.name === 'string' && failure.name.startsWith('KafkaJS')) return true;
    const message = failure.message;
    if (typeof message === 'string' && UnavailableMessages.some((pattern) => pattern.test(message))) return true;
    // TypeORM keeps the driver's error as `driverError`; others chain it as `cause`.
    e = failure.driverError ?? failure.cause;
  }
  return false;
}

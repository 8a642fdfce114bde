import { DomainError } from '@inquiry-router/contracts';

/** The workdesk cannot sign webhooks the phone adapter accepts: it has no TWILIO_AUTH_TOKEN. */
export class PhoneNotConfigured extends DomainError {
  static readonly reason =
    "TWILIO_AUTH_TOKEN is not set in the workdesk's environment: the Phone page signs the phone adapter's webhooks with it (npm start gives every app the development one)";

  constructor() {
    super('conflict', PhoneNotConfigured.reason);
  }
}

/** Calls are driven only from the workdesk that placed them (they are kept in its memory). */
export class CallNotPlacedHere extends DomainError {
  constructor(callSid: string) {
    super('not-found', `no call ${callSid} was placed from this workdesk (calls are kept in memory: after a restart, place a new one)`);
  }
}

export class MalformedCallSid extends DomainError {
  constructor() {
    super('invalid', 'callSid must be "CA" and 32 hex digits', {
      problems: [{ path: 'callSid', message: 'must be "CA" and 32 hex digits' }],
    });
  }
}

/** An answer gives the caller's keys, words or recording: at most one of them (none is silence). */
export class MoreThanOneAnswer extends DomainError {
  constructor() {
    super('invalid', 'answer with one of digits, speech or recording (or none of them, for silence)');
  }
}

/** The phone adapter did not take the webhook: why, in words that say what to check. */
export class PhoneAdapterRefused extends DomainError {}

export function phoneAdapterRefusal(path: string, status: number, body: string, adapterUrl: string): PhoneAdapterRefused {
  if (status === 403) {
    return new PhoneAdapterRefused(
      'conflict',
      `the phone adapter refused the signature of ${path}: the workdesk's TWILIO_AUTH_TOKEN and PHONE_ADAPTER_URL (${adapterUrl}) must be the adapter's TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL`,
    );
  }
  const reason = adapterMessage(body);
  if (status >= 500) return new PhoneAdapterRefused('unavailable', `the phone adapter could not answer ${path} (${status})${reason}`);
  return new PhoneAdapterRefused('unprocessable', `the phone adapter refused ${path} (${status})${reason}`);
}

export function phoneAdapterUnreachable(adapterUrl: string, error: unknown): PhoneAdapterRefused {
  const why = error instanceof Error ? (error.name === 'TimeoutError' ? 'no answer in time' : error.message) : String(error);
  return new PhoneAdapterRefused('unavailable', `the phone adapter at ${adapterUrl} did not answer (${why}): is it running?`, {
    cause: error,
  });
}

/** The adapter's own reason (its problem document's message), briefly. */
function adapterMessage(body: string): string {
  try {
    const { message, detail } = JSON.parse(body) as { message?: unknown; detail?: unknown };
    const text = Array.isArray(message)
      ? message.join('; ')
      : typeof message === 'string'
        ? message
        : typeof detail === 'string'
          ? detail
          : '';
    return text ? `: ${text.slice(0, 300)}` : '';
  } catch {
    return '';
  }
}

// Twilio-format webhooks for the phone adapter's tests (and the workdesk's opening-hours test),
// signed with the twilio package's own helper.
import { randomBytes } from 'node:crypto';
import { postTwilioWebhook } from '@inquiry-router/local-system';

export const authToken = 'integration-test-auth-token';
export const supportNumber = '+4775006000';
export const servicedeskNumber = '+4775006099';

export function aCallSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

/** A mobile number of its own (+479…): the router recognises callers by their number, and one number would be one person's repeat calls. */
export function aCallerNumber(): string {
  return `+479${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, '0')}`;
}

export type CallParams = Record<string, string> & { CallSid: string };

/** A call's parameters as Twilio posts them, from a caller of its own. */
export function callParams(overrides: Record<string, string> = {}): CallParams {
  return {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    CallSid: aCallSid(),
    CallStatus: 'in-progress',
    Direction: 'inbound',
    From: aCallerNumber(),
    To: supportNumber,
    ...overrides,
  };
}

export interface SentWebhook {
  status: number;
  body: string;
  ms: number;
}

/** POSTs a form-encoded webhook; `signature` overrides the valid one (null: no header). */
export async function postWebhook(
  url: string,
  params: Record<string, string>,
  options: { token?: string; signature?: string | null } = {},
): Promise<SentWebhook> {
  const started = Date.now();
  const answer = await postTwilioWebhook(url, params, options.token ?? authToken, options.signature);
  return { ...answer, ms: Date.now() - started };
}

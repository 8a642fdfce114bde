/** A webhook's answer: its status and body (TwiML, or a problem). */
export interface WebhookAnswer {
  status: number;
  body: string;
}

/** Twilio gives up on a webhook that has not answered in 15 seconds; so does this poster. */
const TwilioWebhookTimeoutMs = 15_000;

/**
 * POSTs a form to a phone-adapter webhook as Twilio does: form-encoded, with `X-Twilio-Signature`
 * computed by the twilio package from the account's auth token over `url` and the fields
 * (`signature` given: that header instead, null: none — for tests of forged calls). For the
 * workdesk's development Phone page, the demo, the bench and the tests; never for production traffic.
 */
export async function postTwilioWebhook(
  url: string,
  form: Record<string, string>,
  authToken: string,
  signature?: string | null,
): Promise<WebhookAnswer> {
  // Loaded on first use, so the commands that never place a call do not load twilio.
  const { default: twilio } = await import('twilio');
  const header = signature === undefined ? twilio.getExpectedTwilioSignature(authToken, url, form) : signature;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(header === null ? {} : { 'x-twilio-signature': header }) },
    body: new URLSearchParams(form).toString(),
    signal: AbortSignal.timeout(TwilioWebhookTimeoutMs),
  });
  return { status: res.status, body: await res.text() };
}

import { Webhook } from 'standardwebhooks';

/** Why a delivery attempt failed, worded for the ledger and logs: no secret, no URL query. */
export class DeliveryAttemptFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryAttemptFailed';
  }
}

/**
 * POSTs a payload to an agency's webhook, signed by the Standard Webhooks scheme (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the agency's `whsec_` secret over
 * id, timestamp and body). Any 2xx counts as delivered; anything else, a timeout or a network
 * error is a failed attempt.
 */
export async function sendWebhook(
  endpoint: { url: string; secret: string },
  message: { id: string; body: string; at: Date },
  timeoutMs: number,
): Promise<void> {
  const where = safeTarget(endpoint.url);
  let signature: string;
  try {
    signature = new Webhook(endpoint.secret).sign(message.id, message.at, message.body);
  } catch {
    throw new DeliveryAttemptFailed('webhook: the stored signing secret is not a valid whsec_ secret');
  }
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': message.id,
        'webhook-timestamp': String(Math.floor(message.at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: message.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new DeliveryAttemptFailed(`webhook ${where}: no answer within ${timeoutMs} ms`);
    throw new DeliveryAttemptFailed(`webhook ${where}: ${e.cause?.code ?? e.message}`);
  }
  // The body is not needed; reading it frees the connection.
  await response.arrayBuffer().catch(() => undefined);
  if (response.status < 200 || response.status > 299) throw new DeliveryAttemptFailed(`webhook ${where}: HTTP ${response.status}`);
}

/** Scheme, host and path only: a query string may hold a token. */
function safeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

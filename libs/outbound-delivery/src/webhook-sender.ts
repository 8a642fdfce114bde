import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { NonPublicAddress, pinnedLookup, publicAddressesOf } from '@inquiry-router/runtime';
import { NamedError } from '@inquiry-router/contracts';

/** Why a delivery attempt failed, worded for the ledger and logs: no secret, no URL query, no response body. */
export class DeliveryAttemptFailed extends NamedError {}

export interface WebhookOptions {
  timeoutMs: number;
  /**
   * Production: the webhook's host must resolve to public addresses only (every one is checked,
   * and the connection goes to those checked), so a receiver's URL cannot reach into our own
   * network. Tests and the demo deliver to local servers.
   */
  publicOnly: boolean;
}

/**
 * POSTs a payload to a receiver's webhook, signed by the Standard Webhooks scheme (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the receiver's `whsec_` secret over
 * id, timestamp and body). Any 2xx counts as delivered; anything else (a redirect too), a timeout,
 * a network error or a refused address is a failed attempt. Only the status code of an answer is
 * kept: its body is never read into anything.
 */
export async function sendWebhook(
  endpoint: { url: string; secret: string },
  message: { id: string; body: string; at: Date },
  options: WebhookOptions,
): Promise<void> {
  const where = safeTarget(endpoint.url);
  let signature: string;
  try {
    signature = new Webhook(endpoint.secret).sign(message.id, message.at, message.body);
  } catch {
    throw new DeliveryAttemptFailed('webhook: the stored signing secret is not a valid whsec_ secret');
  }
  const url = URL.canParse(endpoint.url) ? new URL(endpoint.url) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new DeliveryAttemptFailed(`webhook ${where}: not an http(s) URL`);
  let status: number;
  try {
    const lookup = options.publicOnly ? pinnedLookup(await publicAddressesOf(url.hostname)) : undefined;
    status = await post(
      url,
      {
        'content-type': 'application/json',
        'webhook-id': message.id,
        'webhook-timestamp': String(Math.floor(message.at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      message.body,
      { timeoutMs: options.timeoutMs, lookup },
    );
  } catch (error) {
    if (error instanceof NonPublicAddress)
      throw new DeliveryAttemptFailed(`webhook ${where}: not sent, ${error.message} (webhooks go to public addresses only)`);
    const e = error as Error & { code?: string };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new DeliveryAttemptFailed(`webhook ${where}: no answer within ${options.timeoutMs} ms`);
    throw new DeliveryAttemptFailed(`webhook ${where}: ${e.code ?? e.message}`);
  }
  if (status < 200 || status > 299) throw new DeliveryAttemptFailed(`webhook ${where}: HTTP ${status}`);
}

/** One POST, answering with the status code; the response body is drained unread (it frees the connection). */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; lookup?: LookupFunction },
): Promise<number> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: options.lookup,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res) => {
        res.on('error', reject);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.resume();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Scheme, host and path only: a query string may hold a token. */
export function safeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

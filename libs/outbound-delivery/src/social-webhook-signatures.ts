import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * How Meta and X sign their webhooks: the social adapter checks deliveries with these, and
 * signedDirectMessage makes deliveries for the demo, the bench and the fault harness with them.
 */

/** The header Meta (Messenger, Instagram) signs a webhook in. */
export const MetaSignatureHeader = 'X-Hub-Signature-256';
/** The header X signs an account activity webhook in. */
export const XSignatureHeader = 'x-twitter-webhooks-signature';

/** Compares in constant time, so a forger learns nothing from how long a refusal takes. */
function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The same, for secrets compared as text (the Meta verify token). */
export function sameText(a: string, b: string): boolean {
  return sameBytes(Buffer.from(a), Buffer.from(b));
}

// HMAC-SHA256 of the exact bytes: Meta keys it with the app secret, X with the consumer secret.
const metaHmac = (body: Buffer | string, appSecret: string) => createHmac('sha256', appSecret).update(body).digest();
const xHmac = (payload: Buffer | string, consumerSecret: string) => createHmac('sha256', consumerSecret).update(payload).digest();

/**
 * Meta: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app secret>`.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
export function verifyMetaSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header?.trim() ?? '');
  if (!match) return false;
  return sameBytes(Buffer.from(match[1], 'hex'), metaHmac(rawBody, appSecret));
}

export function metaSignature(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${metaHmac(rawBody, appSecret).toString('hex')}`;
}

/**
 * X: `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body, keyed with the
 * consumer secret>`; the CRC answer is the same HMAC over the `crc_token`.
 * https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks
 */
export function xSignature(payload: Buffer | string, consumerSecret: string): string {
  return `sha256=${xHmac(payload, consumerSecret).toString('base64')}`;
}

export function verifyXSignature(rawBody: Buffer, header: string | undefined, consumerSecret: string): boolean {
  const match = /^sha256=([A-Za-z0-9+/]{43}=)$/.exec(header?.trim() ?? '');
  if (!match) return false;
  return sameBytes(Buffer.from(match[1], 'base64'), xHmac(rawBody, consumerSecret));
}

export function xCrcResponse(crcToken: string, consumerSecret: string): { response_token: string } {
  return { response_token: xSignature(crcToken, consumerSecret) };
}

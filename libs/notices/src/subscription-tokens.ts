import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The tokens in a subscriber's links. Only their SHA-256 hash is stored, so a copy of the database
 * confirms or ends no subscription.
 *
 * - Confirmation: random, made once when the subscriber signs up and sent in the one confirmation mail.
 * - Unsubscribe: every notice mail must carry a working link, long after the subscription was made, so
 *   the token is derived rather than random: an HMAC of the subscription id with a server secret
 *   (`NOTICE_TOKEN_SECRET`, the same in the workdesk, which stores its hash, and the notice
 *   dispatcher, which puts it in every mail). Without the secret nobody can make one; changing the
 *   secret invalidates every link sent before.
 */
export function unsubscribeToken(secret: string, subscriptionId: string): string {
  return createHmac('sha256', secret).update(`notice-unsubscribe:${subscriptionId}`).digest('base64url');
}

/** A fresh confirmation token (256 random bits, URL-safe). */
export function confirmationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The shape of a token this module makes: anything else is refused before it reaches the database. */
export const SubscriptionTokenPattern = /^[A-Za-z0-9_-]{43}$/;

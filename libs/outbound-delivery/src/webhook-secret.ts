import { randomBytes } from 'node:crypto';

/** What a Standard Webhooks signing secret starts with; the base64 of its key bytes follows. */
const SecretPrefix = 'whsec_';

/** A fresh Standard Webhooks signing secret (32 random bytes), for a receiver to verify what sendWebhook signs. */
export function newWebhookSecret(): string {
  return `${SecretPrefix}${randomBytes(32).toString('base64')}`;
}

/** How many key bytes a `whsec_` secret holds (the scheme asks for 24 to 64). */
export function webhookSecretBytes(secret: string): number {
  return Buffer.from(secret.slice(SecretPrefix.length), 'base64').length;
}

import { createHmac } from 'node:crypto';
import type { IdentityKey } from './identity-keys';

/** A keyed hash of an identity key, as stored and compared. */
export interface HashedIdentityKey {
  kind: IdentityKey['kind'];
  hash: string;
}

/**
 * HMAC-SHA256 of the key's kind and value under the deployment's secret (hex): equal keys give
 * equal hashes, so matching needs no clear text; and without the secret, nobody holding the table can
 * test a guessed number or address against it, as they could against a plain hash.
 */
export function hashIdentityKey(secret: string, key: IdentityKey): HashedIdentityKey {
  if (secret.length < 16) throw new Error('the identity key secret must be at least 16 characters');
  return { kind: key.kind, hash: createHmac('sha256', secret).update(`${key.kind}\u0000${key.value}`).digest('hex') };
}

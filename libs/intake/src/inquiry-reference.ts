import { createHash } from 'node:crypto';
import { Channel, InquiryReferenceAlphabet as alphabet, InquiryReferenceSource } from '@inquiry-router/contracts';

/**
 * The inquiry id for a provider's message id (Message-ID, CallSid, Meta `mid`, X event id).
 * Deterministic, so a provider's retry of the same message becomes the same inquiry, which the
 * pipeline records once. It doubles as the reference number people quote: `IR-` and 12 letters
 * and digits, safe to read aloud and to put in a subject line.
 */
export function inquiryIdFor(channel: Channel, providerMessageId: string): string {
  const digest = createHash('sha256').update(`${channel}\u0000${providerMessageId}`).digest();
  let id = 'IR-';
  for (let i = 0; i < 12; i++) id += alphabet[digest[i] % alphabet.length];
  return id;
}

/**
 * A direct message's provider id as the social adapter keys it (for `inquiryIdFor('social', …)`):
 * X's event ids are prefixed `x:`, as they share no namespace with Meta's `mid`s, which stand as they are.
 */
export function socialMessageId(network: 'facebook' | 'instagram' | 'x', platformMessageId: string): string {
  return network === 'x' ? `x:${platformMessageId}` : platformMessageId;
}

const referencePattern = new RegExp(`\\b${InquiryReferenceSource}\\b`);

/** The first reference number quoted in a text (a subject line, a transcript), if any. */
export function findReference(text: string | undefined): string | null {
  return text?.toUpperCase().match(referencePattern)?.[0] ?? null;
}

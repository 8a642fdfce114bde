import { emailIdentity, phoneIdentity, socialAccountIdentity } from '@inquiry-router/contracts';

/**
 * Who a search for a sender means, from what was typed: an email address or a phone number (found
 * by their keys' hashes, as the inquiries carry them), a social account (`@kari_n`), or else part
 * of a name, in any case.
 */
export type SenderQuery =
  | { kind: 'email'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'social'; account: string }
  | { kind: 'name'; name: string };

export function senderQuery(typed: string): SenderQuery {
  const text = typed.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { kind: 'email', value: emailIdentity(text) };
  if (/^\+?[\d\s().-]+$/.test(text) && text.replace(/\D/g, '').length >= 8) return { kind: 'phone', value: phoneIdentity(text) };
  if (/^@\S+$/.test(text)) return { kind: 'social', account: socialAccountIdentity(text) };
  return { kind: 'name', name: text.replace(/\s+/g, ' ') };
}

/** The words of a text search, lower-cased: letters and digits only (anything else separates words), each once, at most `max`. */
export function searchWords(typed: string, max = 10): string[] {
  return [...new Set(typed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, max);
}

import type { Channel } from '../vocabulary';
import type { InquiryParty } from './inquiry';

/** Email addresses are the same whatever their case or surrounding spaces. */
export function emailIdentity(address: string): string {
  return address.trim().toLowerCase();
}

/** Digits only, without the Norwegian country code: "004775006000", "+47 75 00 60 00" and "75006000" are the same number. */
export function phoneIdentity(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0047')) return digits.slice(4);
  if (digits.startsWith('47') && digits.length === 10) return digits.slice(2);
  return digits;
}

/** Social accounts are the same whatever their case, with or without a leading @. */
export function socialAccountIdentity(handle: string): string {
  return handle.trim().toLowerCase().replace(/^@/, '');
}

/**
 * Who a party is on a channel, comparable across messages: the email address for email, the
 * number for phone, the account on its network for social; null when the party has none.
 */
export function partyIdentity(channel: Channel, party: InquiryParty): string | null {
  switch (channel) {
    case 'email':
      return party.email ? emailIdentity(party.email) : null;
    case 'phone':
      return (party.phone && phoneIdentity(party.phone)) || null;
    case 'social':
      return party.handle && party.network ? `${party.network.trim().toLowerCase()}:${socialAccountIdentity(party.handle)}` : null;
  }
}

import { phoneIdentity, type Channel } from '@inquiry-router/contracts';
import { CompiledContactPoints } from '../compile-policy';

/** True when `to` is one of the desk's addresses, numbers or accounts for the channel. */
export function isSentTo(channel: Channel, to: string, points: CompiledContactPoints): boolean {
  const value = to.trim().toLowerCase();
  switch (channel) {
    case 'email':
      // "Brukerservice <brukerservice@…>" as well as the bare address.
      return points.emails.has(value.includes('<') ? value.replace(/^.*<([^>]+)>.*$/, '$1') : value);
    case 'phone':
      return points.phones.has(phoneIdentity(value));
    case 'social':
      return points.socialAccounts.has(value.replace(/^@/, ''));
    default:
      return false;
  }
}

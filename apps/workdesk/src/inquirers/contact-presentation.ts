import type { ContactOutcome, InquiryParty } from '@inquiry-router/contracts';

const SummaryLength = 120;

/**
 * What a contact was about, in a line: its subject, or the start of its text cut at a word; null
 * once its personal data is erased.
 */
export function contactSummary(contact: { subject: string | null; bodyStart: string; personalDataErasedAt: Date | null }): string | null {
  if (contact.personalDataErasedAt) return null;
  const subject = contact.subject?.trim();
  if (subject) return subject;
  const text = contact.bodyStart.replace(/\s+/g, ' ').trim();
  if (text.length <= SummaryLength) return text;
  const cut = text.slice(0, SummaryLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > SummaryLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** How a contact ended: answered (resolved, by us or the agency that had it), with an agency, or still open. */
export function contactOutcome(status: string): ContactOutcome {
  if (status === 'resolved') return 'resolved';
  if (status === 'forwarded') return 'forwarded';
  return 'open';
}

/** The sender as the channel knows them: their name and address, number or account (`Kari Nordmann <kari@example.no>`); null once erased. */
export function senderLabel(sender: InquiryParty | null, personalDataErasedAt: Date | null): string | null {
  if (personalDataErasedAt || !sender) return null;
  const name = sender.name?.trim();
  const account = sender.handle
    ? `${sender.handle.startsWith('@') ? '' : '@'}${sender.handle}${sender.network ? ` (${sender.network})` : ''}`
    : null;
  const address = sender.email ?? sender.phone ?? account;
  if (name && address) return `${name} <${address}>`;
  return name || address || null;
}

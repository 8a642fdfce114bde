import type { ContactMeasuresView } from '@inquiry-router/contracts';

/** One contact of a report, as the measures read it. */
export interface ContactFacts {
  inquiryId: string;
  /** Its category: the technical category, or for the agencies' matters the agency it went to. */
  category: string;
  /** Its subject and text, as written (masked only when shown). */
  text: string;
  receivedAt: Date;
  /** When it was resolved (its history), null while open or when forwarded. */
  resolvedAt: Date | null;
  /** The last acceptance by an adviser before the resolve, null when none (e.g. an agency answered). */
  acceptedAt: Date | null;
  /** Resolved, then reopened: a later reply in its conversation or case. */
  reopened: boolean;
  /** The same person contacted the support about the same matter (category or conversation) shortly before. */
  followsEarlierContact: boolean;
}

/**
 * Count, resolves, the share resolved in the first contact — resolved, never reopened, and not a
 * follow-up of the same person's earlier contact on the same matter — and the mean handle time,
 * from the last acceptance to the resolve.
 */
export function contactMeasures(contacts: readonly ContactFacts[]): ContactMeasuresView {
  const resolved = contacts.filter((c) => c.resolvedAt !== null);
  const firstContact = resolved.filter((c) => !c.reopened && !c.followsEarlierContact).length;
  const handled = resolved.filter((c) => c.acceptedAt !== null && c.acceptedAt <= c.resolvedAt!);
  const handleSeconds = handled.reduce((sum, c) => sum + (c.resolvedAt!.getTime() - c.acceptedAt!.getTime()) / 1000, 0);
  return {
    count: contacts.length,
    resolved: resolved.length,
    firstContactShare: resolved.length > 0 ? firstContact / resolved.length : null,
    averageHandleSeconds: handled.length > 0 ? handleSeconds / handled.length : null,
  };
}

import type { Channel, DecisionReason, IdentityKeyKind } from '@inquiry-router/contracts';
import { describeKeys } from './identity-keys';

/** An earlier contact of the same person, as the repeat-contact rule reads it. */
export interface EarlierContact {
  inquiryId: string;
  channel: Channel;
  receivedAt: Date;
  threadId: string;
  /** The service-desk case it belongs to, if any. */
  caseId: string | null;
  /** Its technical category; null for subject-matter contacts (the agencies' matters, not ours). */
  category: string | null;
  /** Still waiting or being handled by the portal's advisers. */
  unresolved: boolean;
  /** Resolved, then reopened by a later reply in its conversation or case. */
  reopened: boolean;
  /** The keys it shares with the contact at hand; empty when it is linked through the person (an adviser's merge). */
  matchedBy: IdentityKeyKind[];
}

/** The contact being routed. */
export interface CurrentContact {
  inquiryId: string;
  receivedAt: Date;
  category: string | null;
  /** The conversation it replies in (null: it starts one) and the case it belongs to. */
  threadId: string | null;
  caseId: string | null;
}

/** The earlier contact that makes this one a repeat, and why. */
export interface RepeatContact {
  contact: EarlierContact;
  state: 'unresolved' | 'reopened';
  sameMatter: 'thread' | 'case' | 'category';
}

const DayMs = 24 * 60 * 60 * 1000;

/**
 * The routing requirement's repeat-contact rule: a technical contact goes to the second line when
 * the same person contacted the portal's support about the same matter — the same conversation,
 * case or technical category — in the last `withinDays` days, and that contact is not resolved
 * or was reopened. The most recent such contact is named.
 */
export function findRepeatContact(current: CurrentContact, earlier: readonly EarlierContact[], withinDays: number): RepeatContact | null {
  const since = current.receivedAt.getTime() - withinDays * DayMs;
  let found: RepeatContact | null = null;
  for (const contact of earlier) {
    const at = contact.receivedAt.getTime();
    if (contact.inquiryId === current.inquiryId || at < since || at > current.receivedAt.getTime()) continue;
    if (!contact.unresolved && !contact.reopened) continue;
    const sameMatter: RepeatContact['sameMatter'] | null =
      current.threadId !== null && contact.threadId === current.threadId
        ? 'thread'
        : current.caseId !== null && contact.caseId === current.caseId
          ? 'case'
          : contact.category !== null && contact.category === current.category
            ? 'category'
            : null;
    if (!sameMatter) continue;
    if (found && found.contact.receivedAt.getTime() >= at) continue;
    found = { contact, state: contact.unresolved ? 'unresolved' : 'reopened', sameMatter };
  }
  return found;
}

/** The reason a decision records, naming the earlier contact and how the person was recognised. */
export function repeatContactReason({ contact, state, sameMatter }: RepeatContact): string {
  const matter =
    sameMatter === 'category' ? `the same matter (${contact.category})` : `the same ${sameMatter === 'case' ? 'case' : 'conversation'}`;
  const recognised = contact.matchedBy.length > 0 ? `recognised by ${describeKeys(contact.matchedBy)}` : 'linked by an adviser';
  const how = state === 'unresolved' ? 'is not resolved' : 'was reopened';
  return `Second line: the same person's earlier contact ${contact.inquiryId} (${contact.channel}, ${contact.receivedAt.toISOString().slice(0, 10)}) about ${matter} ${how}; ${recognised}.`;
}

/** The same reason as a code with its values (`repeat-contact`), for a reader in another language. */
export function repeatContactReasonCode({ contact, state, sameMatter }: RepeatContact): DecisionReason {
  const keys = [...new Set(contact.matchedBy)];
  return {
    code: 'repeat-contact',
    params: {
      inquiryId: contact.inquiryId,
      channel: contact.channel,
      receivedAt: contact.receivedAt.toISOString(),
      sameMatter,
      category: contact.category ?? '',
      state,
      keys: keys.join(','),
      keyCount: keys.length,
    },
  };
}

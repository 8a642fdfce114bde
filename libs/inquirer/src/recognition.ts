import { IdentityKeyKinds, type IdentityKeyKind, type InquirerMatchView } from '@inquiry-router/contracts';
import type { HashedIdentityKey } from './keyed-hash';

/** An inquiry that already has its person and carries some of the keys at hand. */
export interface RecognisedContact {
  inquiryId: string;
  inquirerId: string;
  receivedAt: Date;
  /** The keys it carries (at least those at hand). */
  keys: HashedIdentityKey[];
}

/** A contact of ours that a text quotes (`IR-…`, or the inquiry of an `SD-…` case), as recorded. */
export interface QuotedContact {
  reference: string;
  inquiryId: string;
  /** Its person; null when it has none (recorded before people were recognised). */
  inquirerId: string | null;
  threadId: string;
}

/** A contact just recorded, still without its person. */
export interface ContactToRecognise {
  inquiryId: string;
  receivedAt: Date;
  threadId: string;
  keys: HashedIdentityKey[];
  /** The person of the conversation it joined (a reply taken into a conversation being handled); null when it joined none. */
  conversationInquirerId: string | null;
  /** The contacts of ours its text quotes. */
  quoted: QuotedContact[];
}

/** Who a contact is, and why. */
export interface Recognition {
  inquiryId: string;
  inquirerId: string;
  /** A person seen for the first time: their row is to be made. */
  isNew: boolean;
  receivedAt: Date;
  match: InquirerMatchView;
  /** Quoted references naming another person's contact: for an adviser to confirm, never a link by themselves. */
  suggestions: { reference: string; referencedInquiryId: string }[];
}

/** How many of the matching contacts a match names: the most recent, enough to explain it. */
const NamedContacts = 10;

const newestFirst = (a: RecognisedContact, b: RecognisedContact): number =>
  b.receivedAt.getTime() - a.receivedAt.getTime() || (a.inquiryId < b.inquiryId ? 1 : a.inquiryId > b.inquiryId ? -1 : 0);

/**
 * Recognises the person of each contact: a reply that joined its conversation is the
 * conversation's person; otherwise the person of the most recent contact sharing a key with it
 * (the match names the keys and contacts of that person that matched); otherwise a new person.
 * Contacts of one batch are recognised oldest first, each with those before it, so two contacts
 * of a new person in one batch are one person. A quoted reference naming another person's
 * contact becomes a suggestion — unless a key of this contact matches that person too, or it names
 * this contact's own conversation: quoting a reference alone never joins anyone to a history.
 */
export function recogniseInquirers(
  contacts: readonly ContactToRecognise[],
  known: readonly RecognisedContact[],
  options: { newInquirerId: () => string; at: Date },
): Recognition[] {
  const at = options.at.toISOString();
  const pool: RecognisedContact[] = [...known];
  const matchedPersons = new Map<string, Set<string>>();
  const recognised: Recognition[] = [];
  const ordered = [...contacts].sort(
    (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.inquiryId < b.inquiryId ? -1 : a.inquiryId > b.inquiryId ? 1 : 0),
  );
  for (const contact of ordered) {
    const kindOf = new Map(contact.keys.map((k) => [k.hash, k.kind]));
    const sharing = pool.filter((p) => p.inquiryId !== contact.inquiryId && p.keys.some((k) => kindOf.has(k.hash))).sort(newestFirst);
    const inquirerId = contact.conversationInquirerId ?? sharing[0]?.inquirerId ?? null;
    let recognition: Recognition;
    if (inquirerId === null) {
      recognition = { ...base(contact), inquirerId: options.newInquirerId(), isNew: true, match: { by: 'new', at } };
    } else {
      const same = sharing.filter((p) => p.inquirerId === inquirerId);
      const kinds = new Set<IdentityKeyKind>(same.flatMap((p) => p.keys.flatMap((k) => (kindOf.has(k.hash) ? [kindOf.get(k.hash)!] : []))));
      recognition = {
        ...base(contact),
        inquirerId,
        isNew: false,
        match: {
          by: 'keys',
          keys: IdentityKeyKinds.filter((k) => kinds.has(k)),
          inquiries: same.slice(0, NamedContacts).map((p) => p.inquiryId),
          at,
        },
      };
    }
    matchedPersons.set(contact.inquiryId, new Set(sharing.map((p) => p.inquirerId)));
    pool.push({ inquiryId: contact.inquiryId, inquirerId: recognition.inquirerId, receivedAt: contact.receivedAt, keys: contact.keys });
    recognised.push(recognition);
  }

  // After the whole batch: a quoted contact of the same batch has its person by now.
  const personOf = new Map(recognised.map((r) => [r.inquiryId, r.inquirerId]));
  for (const r of recognised) {
    const contact = ordered.find((c) => c.inquiryId === r.inquiryId)!;
    const matched = matchedPersons.get(r.inquiryId)!;
    const seen = new Set<string>();
    for (const q of contact.quoted) {
      const person = q.inquirerId ?? personOf.get(q.inquiryId) ?? null;
      const ownConversation = q.inquiryId === contact.inquiryId || q.threadId === contact.threadId;
      const samePerson = person !== null && (person === r.inquirerId || matched.has(person));
      if (ownConversation || samePerson || seen.has(q.inquiryId)) continue;
      seen.add(q.inquiryId);
      r.suggestions.push({ reference: q.reference, referencedInquiryId: q.inquiryId });
    }
  }
  return recognised;
}

const base = (contact: ContactToRecognise) => ({
  inquiryId: contact.inquiryId,
  receivedAt: contact.receivedAt,
  suggestions: [] as Recognition['suggestions'],
});

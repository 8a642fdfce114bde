import { Injectable, Logger } from '@nestjs/common';
import { repeatContactRule } from '@inquiry-router/classification';
import { IdentityKeyKind, IdentityKeyKinds, withAddedReasons } from '@inquiry-router/contracts';
import {
  CurrentContact,
  EarlierContact,
  findRepeatContact,
  HashedIdentityKey,
  repeatContactReason,
  repeatContactReasonCode,
} from '@inquiry-router/inquirer';
import type { RoutedInquiry } from '@inquiry-router/persistence';
import { placeReply } from '@inquiry-router/routing';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { EarlierContacts } from './router.ports';

const DayMs = 24 * 60 * 60 * 1000;

/**
 * The routing requirement's repeat-contact rule, before anything is recorded: a technical
 * inquiry for the first line goes to the second line when the same person — recognised by a key,
 * or through their conversation — has an unresolved or reopened contact on the same matter (its
 * conversation, case or category) within the policy's `repeatContact.withinDays`; the decision's
 * reasons (what advisers read) name that contact. The batch is looked up at once; an earlier
 * contact of the same batch waiting for the portal's queues counts as unresolved.
 */
@Injectable()
export class SendRepeatContactsToSecondLine {
  private readonly log = new Logger(SendRepeatContactsToSecondLine.name);

  constructor(
    private readonly policy: RoutingPolicySource,
    private readonly contacts: EarlierContacts,
  ) {}

  /** Changes the decision and queue of each repeat contact in `routed`; `keys` are the inquiries' key hashes by id. */
  async apply(routed: RoutedInquiry[], keys: ReadonlyMap<string, HashedIdentityKey[]>): Promise<void> {
    const candidates = routed.filter(
      (r) => r.decision.kind === 'technical' && r.decision.target === 'first-line' && r.queue === 'first-line',
    );
    if (candidates.length === 0) return;
    const { withinDays } = repeatContactRule(this.policy.current());

    // A reply continues its conversation only from the conversation's sender (as recording will place it).
    const conversations = await this.contacts.conversationsOf(
      candidates.flatMap((r) => (r.inquiry.threadRef ? [r.inquiry.threadRef] : [])),
    );
    const current = new Map<string, CurrentContact>();
    for (const { inquiry, decision } of candidates) {
      const conversation = inquiry.threadRef ? conversations.get(inquiry.threadRef) : undefined;
      const placement = conversation ? placeReply(inquiry, conversation).placement : 'own-thread';
      // A reply joining a conversation being handled is queued nowhere: nothing to decide.
      if (placement === 'joins') continue;
      const continues = conversation && placement === 'reopens';
      current.set(inquiry.id, {
        inquiryId: inquiry.id,
        receivedAt: new Date(inquiry.receivedAt),
        category: decision.category ?? null,
        threadId: continues ? conversation.threadId : null,
        caseId: continues ? conversation.caseId : null,
      });
    }
    if (current.size === 0) return;
    const earlier = await this.contacts.earlierContacts(
      [...current.values()].map((c) => ({
        inquiryId: c.inquiryId,
        keyHashes: (keys.get(c.inquiryId) ?? []).map((k) => k.hash),
        threadId: c.threadId,
        since: new Date(c.receivedAt.getTime() - withinDays * DayMs),
        until: c.receivedAt,
      })),
    );

    const batch = new BatchByKey(routed, keys);
    for (const r of candidates) {
      const contact = current.get(r.inquiry.id);
      if (!contact) continue;
      const found = findRepeatContact(contact, [...(earlier.get(r.inquiry.id) ?? []), ...batch.waitingWith(r)], withinDays);
      if (!found) continue;
      r.queue = 'second-line';
      r.decision = {
        ...withAddedReasons(r.decision, [{ text: repeatContactReason(found), reason: repeatContactReasonCode(found) }]),
        target: 'second-line',
      };
      this.log.log(
        { inquiryId: r.inquiry.id, earlierInquiryId: found.contact.inquiryId, state: found.state },
        'repeat contact: second line',
      );
    }
  }
}

/**
 * The batch's inquiries by key hash, indexed once: each candidate then looks up the few sharing
 * one of its keys instead of scanning the whole batch (a batch holds hundreds in a storm).
 */
class BatchByKey {
  /** For each key hash: the position in the batch of each inquiry carrying it, and the key's kind there. */
  private readonly byHash = new Map<string, { at: number; kind: IdentityKeyKind }[]>();

  constructor(
    private readonly batch: readonly RoutedInquiry[],
    private readonly keys: ReadonlyMap<string, HashedIdentityKey[]>,
  ) {
    batch.forEach((r, at) => {
      for (const k of keys.get(r.inquiry.id) ?? []) {
        const carriers = this.byHash.get(k.hash);
        if (carriers) carriers.push({ at, kind: k.kind });
        else this.byHash.set(k.hash, [{ at, kind: k.kind }]);
      }
    });
  }

  /** The technical contacts of the same batch, sharing a key with `r`, that go to the portal's queues with it: unresolved. */
  waitingWith(r: RoutedInquiry): EarlierContact[] {
    const shared = new Map<number, Set<IdentityKeyKind>>();
    for (const own of this.keys.get(r.inquiry.id) ?? []) {
      for (const { at, kind } of this.byHash.get(own.hash) ?? []) {
        const other = this.batch[at];
        if (other === r || other.queue === null || other.decision.kind !== 'technical') continue;
        const kinds = shared.get(at) ?? new Set<IdentityKeyKind>();
        kinds.add(kind);
        shared.set(at, kinds);
      }
    }
    // In batch order, as the contacts were received.
    return [...shared.keys()]
      .sort((a, b) => a - b)
      .map((at) => {
        const other = this.batch[at];
        const kinds = shared.get(at)!;
        return {
          inquiryId: other.inquiry.id,
          channel: other.inquiry.channel,
          receivedAt: new Date(other.inquiry.receivedAt),
          threadId: other.inquiry.id,
          caseId: null,
          category: other.decision.category ?? null,
          unresolved: true,
          reopened: false,
          matchedBy: IdentityKeyKinds.filter((k) => kinds.has(k)),
        };
      });
  }
}

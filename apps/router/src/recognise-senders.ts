import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HashedIdentityKey, quotedReferences, recogniseInquirers } from '@inquiry-router/inquirer';
import type { RoutedInquiry, SenderRecognition } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';

/**
 * Who the sender of each inquiry of a batch is, recognised as the batch is recorded
 * (libs/inquirer's `recogniseInquirers`): the person of the conversation a reply joined, of the
 * most recent contact sharing a key, or a new one — from its key hashes — and a suggestion for an
 * adviser for each reference it quotes to another person's contact. Once per inquiry: a
 * redelivered one changes nothing.
 */
@Injectable()
export class RecogniseSenders {
  constructor(private readonly clock: Clock) {}

  of(routed: readonly RoutedInquiry[], keys: ReadonlyMap<string, HashedIdentityKey[]>): SenderRecognition {
    return {
      inquiries: routed.map(({ inquiry }) => ({
        inquiryId: inquiry.id,
        keys: keys.get(inquiry.id) ?? [],
        references: quotedReferences(`${inquiry.subject ?? ''}\n${inquiry.body}`),
      })),
      recognise: (contacts, known) => recogniseInquirers(contacts, known, { newInquirerId: randomUUID, at: this.clock.now() }),
    };
  }
}

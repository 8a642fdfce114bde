import { Injectable, Logger } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { Inquirers } from './inquirers.ports';
import { LinkSuggestionAlreadyDecided, LinkSuggestionNotFound } from './inquirer-errors';
import { ReadInquirer } from './read-inquirer.use-case';

/**
 * An adviser decides on a quoted reference that names another person's contact: confirmed, the
 * quoting inquiry and its conversation join that person; rejected, nothing is linked. Decided
 * once, and audited either way.
 */
@Injectable()
export class DecideLinkSuggestion {
  private readonly log = new Logger(DecideLinkSuggestion.name);

  constructor(
    private readonly inquirers: Inquirers,
    private readonly readInquirer: ReadInquirer,
    private readonly clock: Clock,
  ) {}

  /** Returns the quoting inquiry's person, now the referenced contact's. */
  async confirm(id: string, actor: string, note?: string): Promise<InquirerView> {
    const confirmed = await this.inquirers.confirmSuggestion(id, { actor, note: note ?? null, at: this.clock.now() });
    switch (confirmed.outcome) {
      case 'unknown-suggestion':
        throw new LinkSuggestionNotFound(id);
      case 'already-decided':
        throw new LinkSuggestionAlreadyDecided(id, confirmed.status);
      case 'changed':
        this.log.log(
          { suggestionId: id, inquiryId: confirmed.inquiryId, inquirerId: confirmed.inquirerId, moved: confirmed.moved.length, actor },
          'link suggestion confirmed',
        );
        return this.readInquirer.execute(confirmed.inquiryId);
    }
  }

  async reject(id: string, actor: string, note?: string): Promise<void> {
    const rejected = await this.inquirers.rejectSuggestion(id, { actor, note: note ?? null, at: this.clock.now() });
    switch (rejected.outcome) {
      case 'unknown-suggestion':
        throw new LinkSuggestionNotFound(id);
      case 'already-decided':
        throw new LinkSuggestionAlreadyDecided(id, rejected.status);
      case 'rejected':
        this.log.log({ suggestionId: id, actor }, 'link suggestion rejected');
    }
  }
}

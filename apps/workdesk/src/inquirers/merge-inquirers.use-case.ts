import { Injectable, Logger } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';
import { Inquirers } from './inquirers.ports';
import { AlreadyOnePerson } from './inquirer-errors';
import { ReadInquirer } from './read-inquirer.use-case';

/** An adviser finds that two persons are one: the other inquiry's person joins this inquiry's, audited. */
@Injectable()
export class MergeInquirers {
  private readonly log = new Logger(MergeInquirers.name);

  constructor(
    private readonly inquirers: Inquirers,
    private readonly readInquirer: ReadInquirer,
    private readonly clock: Clock,
  ) {}

  async execute(inquiryId: string, otherInquiryId: string, actor: string, note: string): Promise<InquirerView> {
    const merged = await this.inquirers.merge(inquiryId, otherInquiryId, { actor, note, at: this.clock.now() });
    switch (merged.outcome) {
      case 'unknown-inquiry':
        throw new InquiryNotFound(merged.inquiryId);
      case 'same-person':
        throw new AlreadyOnePerson(inquiryId, otherInquiryId);
      case 'changed':
        this.log.log({ inquiryId, otherInquiryId, inquirerId: merged.inquirerId, moved: merged.moved.length, actor }, 'persons merged');
        return this.readInquirer.execute(inquiryId);
    }
  }
}

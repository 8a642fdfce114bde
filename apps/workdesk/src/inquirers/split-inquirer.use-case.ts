import { Injectable, Logger } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';
import { Inquirers } from './inquirers.ports';
import { NothingToSplit } from './inquirer-errors';
import { ReadInquirer } from './read-inquirer.use-case';

/** An adviser finds that an inquiry is someone else's: it and its conversation become a person of their own, audited. */
@Injectable()
export class SplitInquirer {
  private readonly log = new Logger(SplitInquirer.name);

  constructor(
    private readonly inquirers: Inquirers,
    private readonly readInquirer: ReadInquirer,
    private readonly clock: Clock,
  ) {}

  async execute(inquiryId: string, actor: string, note: string): Promise<InquirerView> {
    const split = await this.inquirers.split(inquiryId, { actor, note, at: this.clock.now() });
    switch (split.outcome) {
      case 'unknown-inquiry':
        throw new InquiryNotFound(split.inquiryId);
      case 'alone':
        throw new NothingToSplit(inquiryId);
      case 'changed':
        this.log.log(
          { inquiryId, inquirerId: split.inquirerId, moved: split.moved.length, actor },
          'inquiry split off into a person of its own',
        );
        return this.readInquirer.execute(inquiryId);
    }
  }
}

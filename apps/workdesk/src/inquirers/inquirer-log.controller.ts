import { Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type { InquirerAuditEntryView, PersonalDataReadView } from '@inquiry-router/contracts';
import { Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { PersonalDataReads } from '../personal-data-reads/personal-data-reads.ports';
import { Inquirers } from './inquirers.ports';
import { InquirerAuditEntryDoc, PersonalDataReadDoc, toInquirerAuditEntryView, toPersonalDataReadView } from './inquirer.views';
import { InquirerLogQuery } from './inquirer.requests';

/**
 * For supervisors: who read a person's personal data, and what was done to their links. A person
 * since merged away or erased keeps their log, so an id without a person still answers (empty
 * when nothing was logged).
 */
@ApiController('inquirers', 'inquirers/:inquirerId')
export class InquirerLogController {
  constructor(
    private readonly reads: PersonalDataReads,
    private readonly inquirers: Inquirers,
  ) {}

  @Endpoint('GET', 'reads', Supervisors, {
    summary: "every logged read of the person's personal data, newest first",
    ok: { type: [PersonalDataReadDoc], description: 'the reads of their inquiries, and those logged under them (since moved)' },
    badRequest: 'inquirerId not a UUID, or limit outside 1–500',
  })
  async readsOf(
    @Param('inquirerId', new ParseUUIDPipe()) inquirerId: string,
    @Query() query: InquirerLogQuery,
  ): Promise<PersonalDataReadView[]> {
    return (await this.reads.readsOf(inquirerId, query.limit)).map(toPersonalDataReadView);
  }

  @Endpoint('GET', 'audit', Supervisors, {
    summary: "the person's audit, newest first: merges, splits, confirmed and rejected suggestions, exports, erasures",
    ok: { type: [InquirerAuditEntryDoc], description: 'entries on the person, and those that moved inquiries away from them' },
    badRequest: 'inquirerId not a UUID, or limit outside 1–500',
  })
  async auditOf(
    @Param('inquirerId', new ParseUUIDPipe()) inquirerId: string,
    @Query() query: InquirerLogQuery,
  ): Promise<InquirerAuditEntryView[]> {
    return (await this.inquirers.auditOf(inquirerId, query.limit)).map(toInquirerAuditEntryView);
  }
}
